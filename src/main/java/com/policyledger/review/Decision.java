package com.policyledger.review;

/** What an analyst decided about a flag; each is also the flag's status afterwards. */
public enum Decision {
    /** The extraction stands as it is. */
    ACCEPTED,
    /** The extraction was wrong; the analyst typed the right value. */
    CORRECTED,
    /** The flag was wrong: nothing needed looking at (for a malformed code, possibly the code it should have been). */
    REJECTED
}
