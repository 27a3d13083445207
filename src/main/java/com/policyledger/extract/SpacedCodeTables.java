package com.policyledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code tables whose cells survived only as spaces, as PDF text extraction (Tika, pdftotext) leaves
 * them: a header line naming a code column ("Code Type Description Status", "CPT® Codes
 * Description"), then rows that start with the code cell. Description cells that wrap continue on
 * lines starting in lower case; the table ends at the first other line.
 */
final class SpacedCodeTables {

    private static final Pattern HEADER = Pattern.compile(
            "(?i)\\s*(?:(?:cpt®?|hcpcs|icd-?10(?:-cm)?)\\s+)?codes?\\s+(?:type|description|status|descriptor)\\b.*");
    /** A first cell shaped like a code, valid or not: digits and capitals, maybe a dotted suffix. */
    private static final Pattern CODE_LIKE_START = Pattern.compile(
            "\\s*([A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?)[*†]*(?:\\s+(.*))?");
    private static final Pattern CONTINUATION = Pattern.compile("\\s*[\\p{Ll}(].*");

    private SpacedCodeTables() {
    }

    static List<CodeTables.Row> rows(SourceText text) {
        List<CodeTables.Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (SourceText.Line line : text.lines()) {
            String t = line.text();
            if (t.contains("\t") || t.strip().startsWith("|")) {
                inTable = false; // tab and pipe tables are read by CodeTables itself
            } else if (HEADER.matcher(t).matches()) {
                inTable = true;
            } else if (inTable && !t.isBlank() && !CONTINUATION.matcher(t).matches()) {
                Matcher row = CODE_LIKE_START.matcher(t);
                if (row.matches()) {
                    String code = row.group(1);
                    String rest = row.group(2) == null ? "" : row.group(2);
                    rows.add(new CodeTables.Row(List.of(code, rest), line, CodeFormat.isCode(code)));
                } else {
                    inTable = false;
                }
            }
        }
        return rows;
    }
}
