package com.policyledger.review;

import java.util.List;

/** One page of the queue; {@code previousBefore} / {@code nextAfter} are the keys of the neighbouring pages. */
public record QueuePage(List<QueueRow> rows, long total, Long previousBefore, Long nextAfter) {
}
