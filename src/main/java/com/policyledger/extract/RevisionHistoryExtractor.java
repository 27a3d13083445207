package com.policyledger.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a revision history: a line in a history section that carries a date starts a row,
 * lines without one continue it. Within a row, codes in a clause that says "added"/"new" were
 * added and codes in a clause that says "removed"/"deleted" were removed; a clause inherits the
 * verb of the clause before it ("Added CPT codes 38230 and 38232 and HCPCS code S2150").
 */
public final class RevisionHistoryExtractor implements Extractor<List<Revision>> {
    private static final Pattern ADDED = Pattern.compile("(?i)\\b(?:add(?:ed|s|ition of)?|new|inserted|included)\\b");
    private static final Pattern REMOVED = Pattern.compile("(?i)\\b(?:remov(?:ed|es|al of)|delet(?:ed|es|ion of)|retired|terminated|eliminated)\\b");
    private static final Pattern CODE = Pattern.compile(CodeFormat.TOKEN);
    private static final Pattern CLAUSE = Pattern.compile("[^.;]+");

    @Override
    public List<Revision> extract(SourceText text, List<Flag> flags) {
        List<Revision> rows = new ArrayList<>();
        StringBuilder body = null;
        int rowStart = 0;
        int rowEnd = 0;
        String rawDate = null;
        for (SourceText.Line line : text.lines()) {
            if (text.sections().kindAt(line.start()) != SectionKind.HISTORY || text.sections().isHeading(line)) {
                continue;
            }
            MatchResult date = DateParser.DATES.first(line.text());
            if (date != null) {
                if (body != null) {
                    rows.add(row(text, rawDate, body.toString(), rowStart, rowEnd));
                }
                rawDate = date.group();
                body = new StringBuilder(line.text().replace(date.group(), " "));
                rowStart = line.start();
            } else if (body != null && !line.text().isBlank()) {
                body.append(' ').append(line.text());
            }
            rowEnd = line.end();
        }
        if (body != null) {
            rows.add(row(text, rawDate, body.toString(), rowStart, rowEnd));
        }
        return rows;
    }

    private static Revision row(SourceText text, String rawDate, String body, int start, int end) {
        String clean = Spaces.collapse(withoutDates(body)).strip();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Matcher clause = CLAUSE.matcher(clean);
        List<String> current = null;
        while (clause.find()) {
            String c = clause.group();
            Matcher add = ADDED.matcher(c);
            Matcher rem = REMOVED.matcher(c);
            if (add.find() || rem.find()) {
                boolean removing = rem.find(0) && (!add.find(0) || rem.start() < add.start());
                current = removing ? removed : added;
            } else {
                current = null;
            }
            Matcher code = CODE.matcher(c);
            while (current != null && code.find()) {
                if (CodeFormat.systemOf(code.group(1), false).isPresent() && !current.contains(code.group(1))) {
                    current.add(code.group(1));
                }
            }
        }
        LocalDate date = DateParser.parse(rawDate);
        return new Revision(date, rawDate, clean, added, removed, text.provenance(start, end));
    }

    /** The row's text with each date replaced by a space. */
    private static String withoutDates(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int from = 0;
        for (MatchResult date : DateParser.DATES.findAll(body)) {
            out.append(body, from, date.start()).append(' ');
            from = date.end();
        }
        return out.append(body, from, body.length()).toString();
    }
}
