package com.policyledger.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of code tables: markdown pipe rows and tab-separated rows whose first column is a code
 * column (and, through {@link SpacedCodeTables}, space-separated rows under a code header). A
 * table is a run of such rows; it is a code table when its header's first cell names codes
 * ("Code", "CPT® Codes", "HCPCS") or most of its rows start with a valid code. Any other
 * data row in a code table whose code cell is not a valid code is malformed.
 */
public final class CodeTables {
    private static final Pattern LEADING_MARK = Pattern.compile("^[+#]");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("[\\s,*†\\-–—]+");
    /** A data row of a code table: its cells, and the line it came from. */
    public record Row(List<String> cells, SourceText.Line line, boolean codeCellValid) {
        public String codeCell() {
            return cells.get(0);
        }
    }

    private static final Pattern CODE_HEADER = Pattern.compile("(?i)(cpt®?|hcpcs|icd-?10(-cm)?|procedure|billing)?\\s*codes?(\\s*\\(s\\))?|cpt®?|hcpcs");
    /** Any other short first cell that names codes and holds no digit ("CPT codes:", "CPT® Procedure Code Number(s)"). */
    private static final Pattern NAMES_CODES = Pattern.compile("(?i)(?=.*\\b(?:codes?|cpt®?|hcpcs)\\b)[^\\d]{0,60}");
    private static final Pattern ICD10 = Pattern.compile("(?i)\\bicd-?10(?:-cm)?\\b");
    /** A markdown cell's code span and bold markers: "| `99202` |", "| **0263T** |". */
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("`+|^\\*\\*|\\*\\*$|^__|__$");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s|:\\-]+");
    /** A leading + marks a CPT add-on code and # a resequenced one: both are printed before the code. */
    private static final Pattern CODE_CELL = Pattern.compile(
            "\\s*[+#]?[A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?[*†]*(?:\\s*(?:-|–|—|,|and|or|through)\\s*[A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?[*†]*)*\\s*");

    private CodeTables() {
    }

    public static List<Row> codeRows(SourceText text) {
        List<Row> out = new ArrayList<>();
        List<SourceText.Line> run = new ArrayList<>();
        for (SourceText.Line line : text.lines()) {
            if (isRow(line.text())) {
                run.add(line);
            } else {
                collect(run, out);
                run.clear();
            }
        }
        collect(run, out);
        out.addAll(SpacedCodeTables.rows(text));
        return out;
    }

    private static boolean isRow(String line) {
        String t = line.strip();
        return (t.startsWith("|") && t.endsWith("|") && t.length() > 2) || (line.contains("\t") && !t.isEmpty());
    }

    /** A code table's cells: a markdown row's, or a tab-separated row's without its empty cells. */
    private static List<String> cells(String line) {
        return line.strip().startsWith("|") ? cells(line, '|') : cells(line, '\t').stream().filter(c -> !c.isEmpty()).toList();
    }

    /**
     * A table row's cells in column order: a markdown row's between its pipes (the outer ones may be missing,
     * "Policy | Products |"), without their markup, or a tab-separated row's.
     */
    static List<String> cells(String line, char separator) {
        String t = line.strip();
        if (separator == '|') {
            t = t.startsWith("|") ? t.substring(1) : t;
            t = t.endsWith("|") ? t.substring(0, t.length() - 1) : t;
            return Arrays.stream(t.split("\\|", -1)).map(c -> MARKDOWN_MARKUP.matcher(c.strip()).replaceAll("").strip()).toList();
        }
        return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
    }

    private static void collect(List<SourceText.Line> run, List<Row> out) {
        int withCode = 0;
        boolean headed = false;
        List<Row> rows = new ArrayList<>();
        List<Row> table = new ArrayList<>();
        for (SourceText.Line line : run) {
            List<String> cells = cells(line.text());
            if (!cells.isEmpty() && !SEPARATOR.matcher(line.text()).matches()) {
                table.add(new Row(cells, line, startsWithCode(cells)));
            }
        }
        for (int i = 0; i < table.size(); i++) {
            List<String> cells = table.get(i).cells();
            // A row naming codes is a header when it opens the table, repeats the header of a table so headed
            // (a page break), or stands right above a code; a data row naming codes ("| Policy Code | ad_a018 |")
            // in a field table makes no code table.
            if (namesCodes(cells.get(0)) && (rows.isEmpty() || headed || i + 1 < table.size() && table.get(i + 1).codeCellValid())) {
                if (!headed && withCode == 0) {
                    rows.clear(); // the rows above the first header were the table's caption
                }
                headed = true;
                continue;
            }
            rows.add(table.get(i));
            withCode += table.get(i).codeCellValid() ? 1 : 0;
        }
        if (headed || (rows.size() >= 2 && withCode * 2 > rows.size())) {
            out.addAll(rows);
        }
    }

    private static boolean startsWithCode(List<String> cells) {
        return CODE_CELL.matcher(cells.get(0)).matches() && CodeFormat.isCode(firstToken(cells.get(0)));
    }

    private static boolean namesCodes(String firstCell) {
        return CODE_HEADER.matcher(firstCell).matches() || NAMES_CODES.matcher(ICD10.matcher(firstCell).replaceAll("ICD")).matches();
    }

    private static String firstToken(String cell) {
        return CELL_SEPARATOR.split(LEADING_MARK.matcher(cell.strip()).replaceFirst(""))[0];
    }
}
