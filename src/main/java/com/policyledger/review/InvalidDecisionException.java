package com.policyledger.review;

/** A decision that cannot be recorded as given; the message says what to change. */
public class InvalidDecisionException extends RuntimeException {

    public InvalidDecisionException(String message) {
        super(message);
    }
}
