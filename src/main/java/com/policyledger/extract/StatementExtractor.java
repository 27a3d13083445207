package com.policyledger.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Sentences that decide something, found by OpenNLP sentence detection over the sections that
 * may carry decisions (not background, history, references or boilerplate). A table row is read
 * cell by cell, and a cell under a "Previous Version" column is history, not a statement. The
 * scope is the product lines the sentence names after its determination, else the nearest scope
 * heading above it in the same section ("Commercial Products"), else none (document-wide).
 */
public final class StatementExtractor implements Extractor<List<Statement>> {
    private static final PrefilteredPattern BOILERPLATE = PrefilteredPattern.compile("(?i)benefits may vary|refer to the appropriate|not a guarantee|"
            + "does not guarantee|may not charge|subscriber agreement|evidence of coverage|for informational purposes|"
            + "not intended to|benefit plan document|in some cases medically necessary|supersede|may not be a covered benefit|"
            + "(?:under|in) all (?:member )?(?:benefit )?plans|representation (?:or )?warranty"
            // The law quoted, not the policy's finding: "Title XVIII of the Social Security Act ... prohibits coverage"
            // (but "not reasonable and necessary under Section 1862(a)(1)(A) of the Social Security Act" is one).
            + "|social security act\\b[^.]{0,40}\\b(?:prohibits|excludes|allows|requires|states|provides|limits|authorizes|is\\s+the\\s+basis)\\b"
            // The plan's general exclusion restated: "Experimental or investigational procedures, treatments, drugs,
            // or devices are not covered (See General Exclusion Section of brochure)."
            + "|\\(\\s*see\\s+(?:the\\s+)?general\\s+exclusions?\\b[^)]*\\)"
            + "|\\b(?:listed|described|found|outlined)\\s+(?:in|under)\\s+(?:the\\s+)?general\\s+exclusions?\\b"
            + "|\\b(?:see|refer\\s+to)\\b[^.]{0,40}\\bgeneral\\s+exclusions?\\b");
    /** A title shorter than this ("Knee") could be a word of any sentence. */
    private static final int MIN_TITLE = 8;
    /** How far up an item's marker and a lead's first line are looked for, and how long a list may run. */
    private static final int ITEM_LINES = 4;
    private static final int LIST_LINES = 60;
    /** A line that ends a sentence: the next line starts a paragraph, not a wrapped item's continuation. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");
    private static final Pattern PREVIOUS_COLUMN = Pattern.compile("(?i)previous|prior|old|former|archived");

    private final SentenceSplitter splitter;
    private final ScopedDeterminations scoped;
    private final ProductLineExtractor productLines;

    public StatementExtractor(SentenceSplitter splitter, ScopedDeterminations scoped, ProductLineExtractor productLines) {
        this.splitter = splitter;
        this.scoped = scoped;
        this.productLines = productLines;
    }

    @Override
    public List<Statement> extract(SourceText text, List<Flag> flags) {
        return underHeadings(text, productLines.scopeHeadings(text));
    }

    /** As {@link #extract}, with the document's scope headings already found. */
    public List<Statement> underHeadings(SourceText text, List<ProductLineExtractor.ScopeHeading> headings) {
        return underHeadings(text, headings, null);
    }

    /**
     * As {@link #underHeadings(SourceText, List)}, with the document's title (may be null): a title
     * names its subject ("Investigational (Non-Covered) Services List", "Noncovered Services") and
     * decides nothing where it is printed. Nor does a question ("What is excluded?").
     */
    public List<Statement> underHeadings(SourceText text, List<ProductLineExtractor.ScopeHeading> headings, String title) {
        List<Statement> out = new ArrayList<>();
        String s = text.text();
        for (Span span : sentencesInDecidingSections(text)) {
            for (int[] unit : units(text, span)) {
                String sentence = s.substring(unit[0], unit[1]);
                if (sentence.strip().endsWith("?")) {
                    continue;
                }
                // Most sentences decide nothing: look for boilerplate only in those that do.
                List<ScopedDeterminations.Scoped> decided = scoped.in(withoutTitle(sentence, title));
                if (decided.isEmpty() || BOILERPLATE.foundIn(sentence) || criterionOfADefinition(text, unit[0])) {
                    continue;
                }
                for (ScopedDeterminations.Scoped d : decided) {
                    Set<ProductLine> scope = d.lines().isEmpty() ? headingScope(text, headings, unit[0]) : d.lines();
                    out.add(new Statement(text.snippet(unit[0], unit[1]), scope, d.determination(), text.provenance(unit[0], unit[1])));
                }
            }
        }
        return out;
    }

    /**
     * Whether the unit at {@code at} is an item of a list led by a definition ("A drug, device or procedure
     * is considered investigational if any of the following criteria are met:", "The Plan defines the terms
     * 'investigational' and/or 'experimental' as ... either:"): "3. Not medically necessary in the particular
     * case" is a criterion of the definition, not a finding about a service.
     */
    private static boolean criterionOfADefinition(SourceText text, int at) {
        List<SourceText.Line> lines = text.lines();
        int item = text.lineIndexAt(at);
        for (int depth = 0; !isItem(lines, item); depth++) {
            if (depth == ITEM_LINES || !continuesItem(lines, item)) {
                return false;
            }
            item--; // an item wrapped over lines: its first line carries the marker
        }
        for (int j = item - 1; j >= 0 && item - j <= LIST_LINES; j--) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty() || isItem(lines, j) || continuesItem(lines, j)) {
                continue;
            }
            if (!t.endsWith(":")) {
                return false; // a paragraph or a heading of its own above the list
            }
            StringBuilder lead = new StringBuilder(t);
            for (int k = j - 1; k >= 0 && j - k <= ITEM_LINES && !lines.get(k).text().isBlank() && !isItem(lines, k)
                    && !SENTENCE_END.matcher(lines.get(k).text()).find(); k--) {
                lead.insert(0, lines.get(k).text().strip() + " "); // a lead that wraps, not the paragraph before it
            }
            return DeterminationPhrases.definesInvestigational(lead.toString());
        }
        return false;
    }

    private static boolean isItem(List<SourceText.Line> lines, int i) {
        return CodeExtractor.BULLET.matcher(lines.get(i).text()).find();
    }

    /**
     * Whether line {@code i} is a wrapped item's later line: right under the item's marker line, or under
     * another such line, with no blank line between and no sentence ended above it.
     */
    private static boolean continuesItem(List<SourceText.Line> lines, int i) {
        for (int j = i; j > 0 && i - j < ITEM_LINES; j--) {
            String above = lines.get(j - 1).text();
            if (lines.get(j).text().isBlank() || isItem(lines, j) || above.isBlank() || SENTENCE_END.matcher(above).find()) {
                return false;
            }
            if (isItem(lines, j - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence with the title's words blanked where it prints the title, offsets kept. */
    private static String withoutTitle(String sentence, String title) {
        int at = title == null || title.length() < MIN_TITLE ? -1 : sentence.indexOf(title);
        return at < 0 ? sentence : sentence.substring(0, at) + " ".repeat(title.length()) + sentence.substring(at + title.length());
    }

    /** Sentence detection only where decisions are made: background and references are most of a policy's text. */
    private List<Span> sentencesInDecidingSections(SourceText text) {
        List<Span> out = new ArrayList<>();
        int blockStart = -1;
        List<SourceText.Line> lines = text.lines();
        for (int i = 0; i <= lines.size(); i++) {
            boolean deciding = i < lines.size() && decides(text.sections().kindAt(lines.get(i).start()));
            if (deciding && blockStart < 0) {
                blockStart = lines.get(i).start();
            } else if (!deciding && blockStart >= 0) {
                out.addAll(splitter.sentences(text.text(), blockStart, lines.get(i - 1).end()));
                blockStart = -1;
            }
        }
        return out;
    }

    private static boolean decides(SectionKind kind) {
        return kind == SectionKind.POLICY || kind == SectionKind.CODING || kind == SectionKind.OTHER;
    }

    /** The sentence itself, or the cells of a table row, skipping cells under a previous-version column. */
    private static List<int[]> units(SourceText text, Span span) {
        String s = text.text();
        String sentence = s.substring(span.getStart(), span.getEnd());
        if (!sentence.strip().startsWith("|")) {
            return List.of(new int[] {span.getStart(), span.getEnd()});
        }
        List<String> header = tableHeader(text, span.getStart());
        List<int[]> cells = new ArrayList<>();
        int column = 0;
        int from = span.getStart() + sentence.indexOf('|') + 1;
        for (int bar = s.indexOf('|', from); bar >= 0 && bar <= span.getEnd(); bar = s.indexOf('|', from)) {
            boolean previous = column < header.size() && PREVIOUS_COLUMN.matcher(header.get(column)).find();
            if (!previous && bar > from) {
                cells.add(new int[] {from, bar});
            }
            column++;
            from = bar + 1;
        }
        return cells;
    }

    private static List<String> tableHeader(SourceText text, int offset) {
        List<SourceText.Line> lines = text.lines();
        int i = text.lineIndexAt(offset);
        while (i > 0 && lines.get(i - 1).text().strip().startsWith("|")) {
            i--;
        }
        String first = lines.get(i).text().strip();
        List<String> cells = new ArrayList<>();
        for (String c : first.substring(1).split("\\|")) {
            cells.add(c.strip());
        }
        return cells;
    }

    private static Set<ProductLine> headingScope(SourceText text, List<ProductLineExtractor.ScopeHeading> headings, int at) {
        int sectionStart = text.sections().sectionStart(at);
        Set<ProductLine> scope = EnumSet.noneOf(ProductLine.class);
        for (ProductLineExtractor.ScopeHeading h : headings) {
            if (h.offset() >= sectionStart && h.offset() < at) {
                scope = h.lines();
            }
        }
        return scope;
    }
}
