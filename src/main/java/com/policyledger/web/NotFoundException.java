package com.policyledger.web;

/** Something a URL names does not exist; the message names it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
