package com.policyledger.review;

import java.time.Instant;
import java.util.List;

/**
 * A value an analyst typed that overrides what was extracted from a document.
 *
 * @param flagRaw the flagged text: for a DETERMINATION, the code it applies to when it is one
 * @param flaggedScopes when {@code flagRaw} is a code: the scopes (sorted product lines) of its
 *     listings printed inside the flagged text; empty when the flag points at none of them
 */
public record Correction(long documentId, long flagId, String flagKind, String flagRaw,
        List<List<String>> flaggedScopes, CorrectionField field, String value, String decidedBy,
        Instant decidedAt) {

    /** What a page prints next to a corrected value. */
    public String note() {
        return "corrected by " + decidedBy + " (flag " + flagId + ", was " + (flagRaw == null ? "empty" : "'" + flagRaw + "'")
                + ")";
    }
}
