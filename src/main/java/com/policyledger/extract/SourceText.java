package com.policyledger.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pages of a document joined into one string so extractors can search across page breaks,
 * with a map back to page-relative offsets for provenance. Running footers that the text stage
 * missed are blanked with spaces (not removed) so every offset still points at the source.
 */
public final class SourceText {
    /**
     * Footers seen in payer PDFs, each a line of its own: {@code MEDICAL COVERAGE POLICY | 7},
     * {@code Page 2 of 5}. Tried only on lines with a "|" or a "page": testing every line start
     * for a 60-letter name run was most of the cost of reading a document.
     */
    private static final Pattern FOOTER = Pattern.compile(
            "(?i)[ \\t]*(?:page[ \\t]+\\d+[ \\t]+(?:of|/)[ \\t]+\\d+|[A-Z][A-Z &]{3,60}+[ \\t]*\\|[ \\t]*\\d{1,3})[ \\t]*");
    private static final char PAGE_BREAK = '\f';

    private final String text;
    private final int[] pageStarts;
    private final List<Line> lines;
    private final Sections sections;

    /** A line of the joined text; {@code start} and {@code end} are offsets into {@link #text()}. */
    public record Line(int start, int end, String text) {
    }

    private SourceText(String text, int[] pageStarts) {
        this.text = text;
        this.pageStarts = pageStarts;
        PrefilteredPattern.prepare(text); // the extractors' dozens of patterns all search it
        this.lines = splitLines(text);
        this.sections = Sections.of(this);
    }

    public static SourceText of(List<String> pages) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[Math.max(1, pages.size())];
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                joined.append(PAGE_BREAK).append('\n');
            }
            starts[i] = joined.length();
            joined.append(pages.get(i) == null ? "" : pages.get(i).replace(PAGE_BREAK, ' '));
        }
        return new SourceText(blankFooters(joined.toString()), starts);
    }

    private static String blankFooters(String text) {
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(start, contentEnd);
            if (mayBeFooter(line) && FOOTER.matcher(line).matches()) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = start; i < contentEnd; i++) {
                    out.setCharAt(i, ' ');
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean mayBeFooter(String line) {
        return line.indexOf('|') >= 0 || namesPage(line, 'p') || namesPage(line, 'P');
    }

    /** Whether "page", in any case, starts at one of the line's {@code initial}s: no lower-cased copy of every line. */
    private static boolean namesPage(String line, char initial) {
        for (int i = line.indexOf(initial); i >= 0; i = line.indexOf(initial, i + 1)) {
            if (line.regionMatches(true, i, "page", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static List<Line> splitLines(String text) {
        List<Line> out = new ArrayList<>();
        for (int start = 0; ; ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            out.add(new Line(start, end, text.substring(start, end)));
            if (newline < 0) {
                return out;
            }
            start = newline + 1;
        }
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The first {@code n} lines that are not blank: where a header prints its masthead, title and number. */
    public List<Line> headLines(int n) {
        return lines.stream().filter(line -> !line.text().isBlank()).limit(n).toList();
    }

    /** {@code value}, printed on {@code line}, with its provenance. */
    public Located<String> located(Line line, String value) {
        int start = line.start() + Math.max(0, line.text().indexOf(value));
        return new Located<>(value, provenance(start, start + value.length()));
    }

    public Sections sections() {
        return sections;
    }

    /** 1-based page number of an offset into {@link #text()}. */
    public int pageAt(int offset) {
        int i = Arrays.binarySearch(pageStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Provenance of a span, with the span itself (whitespace collapsed) as snippet. */
    public Provenance provenance(int start, int end) {
        return provenance(start, end, snippet(start, end));
    }

    public Provenance provenance(int start, int end, String snippet) {
        int page = pageAt(start);
        int base = pageStarts[page - 1];
        return new Provenance(page, start - base, end - base, snippet);
    }

    public String snippet(int start, int end) {
        String s = text.substring(Math.max(0, start), Math.min(text.length(), end));
        s = Spaces.collapse(s).strip(); // a page break is a \\s character too
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** The whole line around an offset, for snippets that need context. */
    public Line lineAt(int offset) {
        return lines.get(lineIndexAt(offset));
    }

    /** Index into {@link #lines()} of the line containing an offset. */
    public int lineIndexAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
