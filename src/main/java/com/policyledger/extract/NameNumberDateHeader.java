package com.policyledger.extract;

import java.time.LocalDate;
import java.util.regex.MatchResult;

/**
 * A header table whose first column holds the title and number joined by a dash, and whose second
 * holds the effective date: "Policy Name &amp; Number | Date Effective" over "Influenza
 * Testing-IN MP-PY-1539 | 02/01/2025" (CareSource's reimbursement policies), however the table was
 * flattened (one line, tabs, or a row per line).
 */
record NameNumberDateHeader(Located<String> title, Located<String> number, Located<LocalDate> effective) {
    private static final PrefilteredPattern HEADER = PrefilteredPattern.compile("(?i)policy\\s+name\\s*(?:&|and)\\s*number\\s*[|\\t]?\\s*date\\s+effective"
            + "\\s*[|\\t]?\\s*(\\S[^\\n|\\t]{2,150}?)\\s*-\\s*((?-i:(?:[A-Z]{2}\\s+)?[A-Z]{2,6}(?:-[A-Z]{2,6})*-\\d{3,6}))"
            + "\\s*[|\\t]?\\s*(\\d{1,2}/\\d{1,2}/\\d{2,4})");

    /** The header's three values, or null when the document has no such header. */
    static NameNumberDateHeader of(SourceText text) {
        MatchResult m = HEADER.first(text.text());
        if (m == null) {
            return null;
        }
        LocalDate date = DateParser.parse(m.group(3));
        return new NameNumberDateHeader(
                new Located<>(m.group(1).strip(), text.provenance(m.start(1), m.end(1))),
                new Located<>(m.group(2), text.provenance(m.start(2), m.end(2))),
                date == null ? null : new Located<>(date, text.provenance(m.start(3), m.end(3))));
    }
}
