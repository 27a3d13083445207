package com.policyledger.web.account;

import java.time.Instant;

/** A person who can log in; the password hash never leaves {@link UserAccounts}. */
public record AppUser(long id, String username, Role role, boolean mustChangePassword, boolean enabled,
        Instant createdAt) {
}
