package com.policyledger.cli;

import com.policyledger.RunFailedException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** One line a user can act on, from whatever stopped a command. */
final class FailureMessages {

    private FailureMessages() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RunFailedException) {
                return t.getMessage();
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t.getClass().getName().equals("org.postgresql.util.PSQLException")
                    && String.valueOf(t.getMessage()).contains("onnection")) {
                return "database unreachable: " + t.getMessage()
                        + " (check spring.datasource.url, or leave it unset to use the embedded database)";
            }
            if (t.getCause() == null) {
                return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            }
        }
        return String.valueOf(failure);
    }
}
