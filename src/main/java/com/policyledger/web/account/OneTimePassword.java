package com.policyledger.web.account;

import java.security.SecureRandom;

/** Passwords handed to a new user once; they must replace it at first login. */
final class OneTimePassword {

    /** No 0/O, 1/l/I: it is read off a terminal and typed by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    /** 16 characters from a 55-letter alphabet: about 92 bits, beyond guessing through a login form. */
    static String generate() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
