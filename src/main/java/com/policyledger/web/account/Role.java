package com.policyledger.web.account;

/** What a user may do. An ADMIN is also an analyst. */
public enum Role {
    /** Works the review queue and reads policies. */
    ANALYST,
    /** Also manages users and merges policies. */
    ADMIN
}
