package com.policyledger.web.policy;

/** The policy list's filters; each optional. {@code productLine} is a ProductLine name, {@code code} a code. */
public record PolicyFilter(String payer, String productLine, String code) {

    public PolicyFilter {
        payer = blankToNull(payer);
        productLine = blankToNull(productLine);
        code = code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
