package com.policyledger.extract;

/** Reasons an extraction goes to the analysts' review queue. */
public enum FlagKind {
    MALFORMED_CODE, COUNT_MISMATCH, CONTRADICTION, BAD_DATE, NO_POLICY_NUMBER, LOW_CONFIDENCE, NO_TEXT_LAYER
}
