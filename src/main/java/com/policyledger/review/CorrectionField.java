package com.policyledger.review;

import com.policyledger.extract.CodeFormat;
import com.policyledger.extract.Determination;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Which extracted value a decision replaces, and how a typed value is checked and normalized. */
public enum CorrectionField {
    /** A code the document lists (e.g. what a malformed row should have been). */
    CODE("code"),
    /** The flagged text is not a code: nothing is loaded for it. Takes no value. */
    NOT_A_CODE("not a code"),
    EFFECTIVE_DATE("effective date"),
    PAYER("payer"),
    /** The determination of the flagged code, or of the whole document when the flag names no code. */
    DETERMINATION("determination"),
    /** The policy number, i.e. which policy this document is a version of. */
    POLICY_NUMBER("policy number");

    private final String label;

    CorrectionField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value as stored, or an exception whose message tells the analyst what to type instead. */
    public String normalize(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (this == NOT_A_CODE) {
            return null;
        }
        if (value.isEmpty()) {
            throw new InvalidDecisionException("type the right " + label);
        }
        return switch (this) {
            case CODE -> code(value.toUpperCase(Locale.ROOT));
            case EFFECTIVE_DATE -> date(value);
            case DETERMINATION -> determination(value);
            default -> value;
        };
    }

    private static String code(String value) {
        if (!CodeFormat.isCode(value)) {
            throw new InvalidDecisionException("'" + value + "' is not a CPT, HCPCS or ICD-10-CM code"
                    + " (e.g. 0565T, 20999, S2150, M17.11)");
        }
        return value;
    }

    private static String date(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidDecisionException("'" + value + "' is not a date: type it as YYYY-MM-DD, e.g. 2025-12-16");
        }
    }

    private static String determination(String value) {
        String name = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_").replaceAll("^_|_$", "");
        try {
            return Determination.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidDecisionException("'" + value + "' is not a determination: one of "
                    + java.util.Arrays.toString(Determination.values()));
        }
    }
}
