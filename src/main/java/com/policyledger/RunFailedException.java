package com.policyledger;

/** The run itself could not go on (missing folder, database unreachable): the CLI exits non-zero. */
public class RunFailedException extends RuntimeException {

    public RunFailedException(String message) {
        super(message);
    }

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
