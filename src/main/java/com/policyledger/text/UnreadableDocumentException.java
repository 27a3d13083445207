package com.policyledger.text;

/** A file that cannot be turned into text; the message is the reason shown to the user. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
