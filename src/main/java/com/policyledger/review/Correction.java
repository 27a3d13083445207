package com.policyledger.review;

import java.time.Instant;

/**
 * A value an analyst typed that overrides what was extracted from a document.
 *
 * @param flagRaw the flagged text: for a DETERMINATION, the code it applies to when it is one
 */
public record Correction(long documentId, long flagId, String flagKind, String flagRaw, CorrectionField field,
        String value, String decidedBy, Instant decidedAt) {

    /** What a page prints next to a corrected value. */
    public String note() {
        return "corrected by " + decidedBy + " (flag " + flagId + ", was " + (flagRaw == null ? "empty" : "'" + flagRaw + "'")
                + ")";
    }
}
