package com.policyledger.review;

/** The flag asked for does not exist (any more: re-ingestion replaces flag rows, decisions stay). */
public class FlagNotFoundException extends RuntimeException {

    public FlagNotFoundException(long flagId) {
        super("no flag " + flagId);
    }
}
