package com.policyledger.policy;

import com.policyledger.extract.Extraction;
import java.util.Locale;

/**
 * Who a policy is: its payer and printed number, normalized so {@code MM 0552} and {@code mm0552}
 * meet. Without a number, the payer and title (else the file name) stand in, and say so.
 */
record PolicyIdentity(String key, String basis, String payer, String policyNumber, String title) {

    static final String UNKNOWN_PAYER = "Unknown payer";

    static PolicyIdentity of(Extraction extraction, String fileName) {
        String payer = extraction.payer() == null ? UNKNOWN_PAYER : extraction.payer().value();
        String number = extraction.policyNumber() == null ? null : extraction.policyNumber().value();
        String title = extraction.title() == null ? null : extraction.title().value();
        if (number != null && !number.isBlank()) {
            return new PolicyIdentity(normalize(payer) + "|number:" + normalize(number), "NUMBER", payer, number, title);
        }
        if (title != null && !title.isBlank()) {
            return new PolicyIdentity(normalize(payer) + "|title:" + normalize(title), "TITLE", payer, null, title);
        }
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        return new PolicyIdentity(normalize(payer) + "|file:" + normalize(stem), "FILE_NAME", payer, null, title);
    }

    /** Letters and digits only, upper case: spacing, dots and dashes vary between printings. */
    static String normalize(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
