package com.policyledger.extract;

import java.time.LocalDate;
import java.util.List;

/** One row of a revision history and the codes it says were added or removed. */
public record Revision(LocalDate date, String rawDate, String text, List<String> addedCodes,
                       List<String> removedCodes, Provenance where) {
}
