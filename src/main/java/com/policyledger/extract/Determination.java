package com.policyledger.extract;

/** What a payer decided about a service; the first two are favourable to the member. */
public enum Determination {
    MEDICALLY_NECESSARY, COVERED, NOT_MEDICALLY_NECESSARY, NOT_COVERED, INVESTIGATIONAL;

    public boolean favourable() {
        return this == MEDICALLY_NECESSARY || this == COVERED;
    }
}
