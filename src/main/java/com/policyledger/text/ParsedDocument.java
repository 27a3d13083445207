package com.policyledger.text;

import java.util.List;

/** A document's pages as extracted, before any interpretation. */
public record ParsedDocument(String mediaType, List<Page> pages, long parseMillis) {
}
