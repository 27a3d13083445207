package com.policyledger.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date in the forms payers print: 01/01/2026, 01|01|2026, 07/01/25, 9/1/2026, 02/25
 * (month/year: the first of the month), December 16, 2025, Dec. 16 2025, 16 December 2025,
 * 2025-12-16, and a pipe date whose pipes OCR read as brackets (09]17|2025). Two-digit years are 20xx. Returns null for text that is date-shaped but impossible (13/45/2025).
 */
public final class DateParser {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** Any date-shaped text, used to find candidates; {@link #parse} decides whether it is valid. */
    public static final Pattern DATE = Pattern.compile(
            "(?<![\\d/|.])(\\d{1,2})\\s?([/|.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?![\\d/|])"
                    + "|(?<![\\d/|])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"
                    + "|(?i:\\b(" + MONTHS + ")(?:\\.\\s*|\\s+)(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))"
                    + "|(?<![\\d/|.])(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/|])"
                    + "|(?i:(?<![\\d/|.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b)"
                    + "|(?<![\\d/|.\\]\\[])(\\d{1,2})\\s?[|\\]\\[]\\s?(\\d{1,2})\\s?[|\\]\\[]\\s?(\\d{4})(?![\\d/|\\]\\[])"
                    // a month and year only ("January 2026"): the first of the month, as 02/25 is
                    + "|(?i:\\b(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b)");
    /** {@link #DATE}, for searching long or many texts. */
    public static final PrefilteredPattern DATES = PrefilteredPattern.compile(DATE.pattern());
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A two-digit year from here up is last century's. */
    private static final int LAST_CENTURY_FROM = 60;

    private DateParser() {
    }

    /** The date of a whole candidate, or null when it is impossible. */
    public static LocalDate parse(String raw) {
        Matcher m = DATE.matcher(raw.strip());
        return m.matches() ? fromMatch(m) : null;
    }

    /** The date of a {@link #DATE} match, or null when impossible. */
    public static LocalDate fromMatch(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
            }
            if (m.group(5) != null) {
                return LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
            }
            if (m.group(8) != null) {
                int month = MONTH_NUMBERS.get(m.group(8).substring(0, 3).toLowerCase(Locale.ROOT));
                return LocalDate.of(Integer.parseInt(m.group(10)), month, Integer.parseInt(m.group(9)));
            }
            if (m.group(11) != null) {
                return LocalDate.of(year(m.group(12)), Integer.parseInt(m.group(11)), 1);
            }
            if (m.group(13) != null) {
                int month = MONTH_NUMBERS.get(m.group(14).substring(0, 3).toLowerCase(Locale.ROOT));
                return LocalDate.of(Integer.parseInt(m.group(15)), month, Integer.parseInt(m.group(13)));
            }
            if (m.group(16) != null) {
                return LocalDate.of(Integer.parseInt(m.group(18)), Integer.parseInt(m.group(16)), Integer.parseInt(m.group(17)));
            }
            int month = MONTH_NUMBERS.get(m.group(19).substring(0, 3).toLowerCase(Locale.ROOT));
            return LocalDate.of(Integer.parseInt(m.group(20)), month, 1);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A two-digit year: "07/01/25" is 2025, but a policy's "Original Policy Date 12/1/99" is 1999 (60 to 99: last century). */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() != 2) {
            return y;
        }
        return y >= LAST_CENTURY_FROM ? 1900 + y : 2000 + y;
    }
}
