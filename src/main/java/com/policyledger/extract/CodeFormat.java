package com.policyledger.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which code system a token belongs to, by format alone. CPT: Category I is five digits,
 * Category II/III/PLA are four digits plus F/T/U, and the multianalyte assays with algorithmic
 * analyses (MAAA, "0011M") 00, two digits and M (an amount such as "1000M" is none). HCPCS
 * Level II: a letter and four digits.
 * ICD-10-CM: letter, digit, alphanumeric, then optionally a dot and up to four more. A four-digit
 * UB-04 revenue code such as 0360 matches none of these.
 */
public final class CodeFormat {
    /** CPT's shapes, for patterns that look for codes in text. */
    public static final String CPT_SHAPE = "\\d{5}|\\d{4}[FTU]|00\\d{2}M";
    public static final String HCPCS_SHAPE = "[A-V]\\d{4}";
    private static final Pattern CPT = Pattern.compile(CPT_SHAPE);
    private static final Pattern HCPCS = Pattern.compile(HCPCS_SHAPE);
    private static final Pattern ICD10_DOTTED = Pattern.compile("[A-TV-Z]\\d[0-9A-Z]\\.[0-9A-Z]{1,4}");
    private static final Pattern ICD10_CATEGORY = Pattern.compile("[A-TV-Z]\\d[0-9A-Z]");

    /** A code-shaped token: where {@link #systemOf} is applied. Bounded so "0CQ30ZZ" is not read as "0CQ30". */
    public static final String TOKEN = "(?<![\\w.\\-/$#@])([A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?)(?![\\w/]|-\\w|\\.\\w)";

    private CodeFormat() {
    }

    /**
     * The system of a token, accepting a bare three-character ICD-10 category (C20, F64) only when
     * the caller knows the token sits in a code list: in prose such tokens are vitamins and grades.
     */
    public static Optional<CodeSystem> systemOf(String token, boolean inCodeList) {
        if (CPT.matcher(token).matches()) {
            return Optional.of(CodeSystem.CPT);
        }
        if (HCPCS.matcher(token).matches()) {
            return Optional.of(CodeSystem.HCPCS);
        }
        if (ICD10_DOTTED.matcher(token).matches() || (inCodeList && ICD10_CATEGORY.matcher(token).matches())) {
            return Optional.of(CodeSystem.ICD10CM);
        }
        return Optional.empty();
    }

    public static Optional<CodeSystem> systemOf(String token) {
        return systemOf(token, true);
    }

    public static boolean isCode(String token) {
        return systemOf(token).isPresent();
    }
}
