package com.policyledger.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Splits a document at headings it recognises. Only known section names start a section, so a
 * sub-heading such as "Cartilage Defects" inside a background stays in the background; a
 * table-of-contents line (dot leaders) or a link is never a heading.
 */
public final class Sections {
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*:]+$");
    private static final int MAX_HEADING_WORDS = 8;
    private static final int CONTENTS_MIN_HEADINGS = 4;
    /** A line a list of section names may hold: a few words, no digits, no sentence punctuation. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("[\\p{L}&/,' -]{2,40}");
    private static final Pattern LEAD = Pattern.compile("^[#\\s>*]*(?:[0-9IVX]{1,4}[.)]\\s+)?");
    private static final Pattern HISTORY = Pattern.compile(
            "(revision|review) (log|history|details)( information)?|reviews?, revisions?,? and approvals?|(document|policy|review) history|history|"
                    + "guideline update information|updates|updates? history|revisions?|change summary|policy updates log|"
                    + "(policy history/)?revision information|history/revision information");
    /**
     * Also an LCD's "CMS National Coverage Policy": the statutes and manuals it rests on, quoted, not decided.
     * Not a lone "Reference": a web page's link label ("Original Document / Reference") above the policy.
     */
    private static final Pattern REFERENCES = Pattern.compile(
            "references|sources?|bibliography|citations|websites for additional information|literature cited|cms national coverage policy");
    private static final Pattern BACKGROUND = Pattern.compile(
            "background|rationale|regulatory status|summary of evidence|clinical evidence|scientific background|"
                    + "evidence review|discussion|analysis of evidence|general background|health equity considerations|"
                    + "background/overview|clinical background");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "important reminder|disclaimer|instructions for use|related (policies|coverage resources|guidelines|medical policies)|"
                    + "published|program exceptions|legal notice|notice|other|index|committee approval|"
                    + "medical policy statement disclaimer");
    /** Neutral sections: they end whatever came before without restricting what follows. */
    private static final Pattern NEUTRAL = Pattern.compile(
            "description|overview|description/scope|scope|purpose|policy description|summary|subject|"
                    + "description of (?:the )?(?:procedure or |item or )?service|"
                    + "scope of policy|applicable lines of business|table of contents|"
                    + "(contractor|lcd|ncd|article|document) information");
    private static final Pattern DEFINITIONS = Pattern.compile(
            "definitions?|definitions? of terms|terms and definitions|glossary|definitions?(?: and |/)abbreviations|abbreviations(?: and |/)definitions?");
    private static final Pattern CODING = Pattern.compile(
            "(.*\\b(codes?|coding)\\b.*)");
    private static final Pattern POLICY = Pattern.compile(
            "policy|policy statement|position statement|coverage policy|policy/criteria|criteria|coverage criteria|medical criteria|"
                    + "clinical criteria|coverage position|coverage|policy guidelines|coverage indications|position|guidelines|"
                    + "prior authorization|limitations|exclusions|when services are.*|medically necessary|investigational|not medically necessary|"
                    // UnitedHealthcare, Humana, and Medicare's LCDs and NCDs.
                    + "coverage rationale|coverage determination|coverage limitations|"
                    + "coverage indications,? limitations,? and/or medical necessity(?: coverage guidance)?"
                    + "|indications and limitations of coverage(?: and/or medical necessity)?|coverage guidance|(?:contractor )?local coverage policy"
                    // Medicare's billing and coding articles.
                    + "|article guidance|article text");

    private final List<int[]> starts = new ArrayList<>();
    private final List<SectionKind> kinds = new ArrayList<>();
    /** Start offsets of the lines that are known headings, in order (contents lists' entries too). */
    private int[] headingLines;

    private static final Pattern ALPHABET = Pattern.compile("(?:\\p{Lu}\\s+){9,}\\p{Lu}");
    private static final Pattern APPLICATION = Pattern.compile("(?i)(?:application|applicability)\\s*:?");
    private static final Set<SectionKind> END_MATTER = EnumSet.of(SectionKind.HISTORY, SectionKind.REFERENCES);

    private Sections() {
    }

    static Sections of(SourceText text) {
        Sections s = new Sections();
        List<SourceText.Line> lines = text.lines();
        SectionKind[] headings = new SectionKind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            headings[i] = headingKind(lines.get(i).text());
        }
        s.headingLines = IntStream.range(0, lines.size()).filter(i -> headings[i] != null)
                .map(i -> lines.get(i).start()).toArray();
        for (int i = 0; i < lines.size(); i++) {
            int contentsEnd = headings[i] == null ? i : contentsListEnd(lines, headings, i);
            if (contentsEnd > i) {
                // A list of section names (a web page's section menu, a bare table of contents) is not
                // where those sections start; "History" in it must not make the header below history.
                s.starts.add(new int[] {lines.get(i).start()});
                s.kinds.add(SectionKind.OTHER);
                i = contentsEnd - 1;
                continue;
            }
            if (headings[i] != null && !isSiteIndex(lines, i)) {
                s.starts.add(new int[] {lines.get(i).start()});
                s.kinds.add(headings[i]);
            } else if (!s.kinds.isEmpty() && END_MATTER.contains(s.kinds.get(s.kinds.size() - 1))
                    && APPLICATION.matcher(lines.get(i).text().strip()).matches()) {
                // Blue Cross NC prints whom a policy applies to after its history: "History ... Application These
                // reimbursement requirements apply to ...". Elsewhere the word is a title's or a background's.
                s.starts.add(new int[] {lines.get(i).start()});
                s.kinds.add(SectionKind.OTHER);
            }
        }
        return s;
    }

    /**
     * When a list of section names starts at line {@code from}: the index of the first line after it,
     * else {@code from}. A list is a run of short lines without sentences (blank lines between allowed)
     * naming at least {@value #CONTENTS_MIN_HEADINGS} known headings of at least two kinds; a policy
     * section's stacked headings ("Policy", "Coverage Criteria", "Medically Necessary") are one kind,
     * and a heading followed by a sentence ends the list: it opens the section after it.
     */
    static int contentsListEnd(List<SourceText.Line> lines, int from) {
        SectionKind[] headings = new SectionKind[lines.size()];
        for (int i = from; i < lines.size() && (i == from || CONTENTS_ENTRY.matcher(lines.get(i).text().strip()).matches()
                || lines.get(i).text().isBlank()); i++) {
            headings[i] = headingKind(lines.get(i).text());
        }
        return headings[from] == null ? from : contentsListEnd(lines, headings, from);
    }

    /** "INDEX:" over "A B C D ... Z": a site's alphabetical navigation above the page's content, not a document's index. */
    private static boolean isSiteIndex(List<SourceText.Line> lines, int heading) {
        for (int i = heading + 1; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (!t.isEmpty()) {
                return ALPHABET.matcher(t).matches();
            }
        }
        return false;
    }

    /** A heading whose next non-blank line is a sentence ("... is considered investigational.") opens real content. */
    private static boolean opensContent(List<SourceText.Line> lines, int heading) {
        for (int i = heading + 1; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (!t.isEmpty()) {
                return t.endsWith(".") || t.endsWith(":");
            }
        }
        return false;
    }

    /** As {@link #contentsListEnd(List, int)}, with each line's heading kind known (null: no heading). */
    private static int contentsListEnd(List<SourceText.Line> lines, SectionKind[] headingKinds, int from) {
        int headings = 0;
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        int lastHeadingEnd = from;
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!CONTENTS_ENTRY.matcher(t).matches()) {
                break;
            }
            SectionKind kind = headingKinds[i];
            if (kind != null && opensContent(lines, i)) {
                break; // the heading of the section that follows the list, not an entry of it
            }
            if (kind != null) {
                headings++;
                kinds.add(kind);
                lastHeadingEnd = i + 1;
            }
        }
        return headings >= CONTENTS_MIN_HEADINGS && kinds.size() >= 2 ? lastHeadingEnd : from;
    }

    /** The kind of section a heading line starts, or null when the line is not a known heading. */
    public static SectionKind headingKind(String line) {
        String t = line.replace('\t', ' ').strip();
        if (t.isEmpty() || t.length() > 90 || t.contains("](") || t.contains("://") || t.contains("....") || t.endsWith(".")
                || DateParser.DATE.matcher(t).lookingAt()) {
            // A dated line is a revision-log row ("04/01/2026 Applicable Codes: removed L1852"); an address, a link
            // ("https://www.cms.gov/Medicare/Coding/...").
            return null;
        }
        t = LEAD.matcher(t).replaceFirst("");
        t = Spaces.collapse(TRAILING_MARKS.matcher(t).replaceAll("")).strip().toLowerCase(Locale.ROOT).replace('®', ' ');
        t = Spaces.collapse(t).strip();
        if (t.isEmpty() || t.split(" ").length > MAX_HEADING_WORDS) {
            return null;
        }
        if (HISTORY.matcher(t).matches() || t.startsWith("reviews, revisions")) {
            return SectionKind.HISTORY;
        }
        if (REFERENCES.matcher(t).matches()) {
            return SectionKind.REFERENCES;
        }
        if (BACKGROUND.matcher(t).matches()) {
            return SectionKind.BACKGROUND;
        }
        if (BOILERPLATE.matcher(t).matches()) {
            return SectionKind.BOILERPLATE;
        }
        if (DEFINITIONS.matcher(t).matches()) {
            return SectionKind.DEFINITIONS;
        }
        if (NEUTRAL.matcher(t).matches()) {
            return SectionKind.OTHER;
        }
        // A revision log's reason for a change ("Revisions Due To ICD-10-CM Code Changes") names coding, opens nothing.
        if (CODING.matcher(t).matches() && t.split(" ").length <= 6 && !t.startsWith("revisions due to")) {
            return SectionKind.CODING;
        }
        if (POLICY.matcher(t).matches()) {
            return SectionKind.POLICY;
        }
        return null;
    }

    /** Whether a line of the text is a known heading ({@link #headingKind} is not null), asked without reading it again. */
    public boolean isHeading(SourceText.Line line) {
        return Arrays.binarySearch(headingLines, line.start()) >= 0;
    }

    /** The kind of section containing an offset. */
    public SectionKind kindAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? SectionKind.OTHER : kinds.get(i);
    }

    /** Start offset of the section containing an offset (0 before the first heading). */
    public int sectionStart(int offset) {
        int i = indexAt(offset);
        return i < 0 ? 0 : starts.get(i)[0];
    }

    /** Index of the last heading at or before the offset, -1 if none: a binary search, as every extractor asks per match. */
    private int indexAt(int offset) {
        int lo = 0;
        int hi = starts.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid)[0] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
