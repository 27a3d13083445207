package com.policyledger.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header dates found by their labels. The value must follow its label with only separators
 * between (colon, pipe, dot leaders, line break), so a blank field ("Effective Date:  LOB:")
 * stays null instead of borrowing the next field's date. "Original Effective Date" (an LCD's
 * "Original Determination Effective Date") and "Next Review Date" are not the current dates; a policy without an effective-date label falls back
 * to its revision date, then its publish date, then its original effective date.
 */
public final class DateExtractor implements Extractor<PolicyDates> {
    /** Separators (with a markdown label's bold markers), then Medicare's "For services performed on or after" before the date. */
    private static final String SEP = "\\s*(?:[:|]|\\.{2,})?[\\s.:|*]*"
            + "(?:for\\s+(?:services|claims)\\s+(?:performed|rendered|provided|processed|received)\\s+on\\s+or\\s+after\\s+)?";
    /**
     * Where a label may start: at a word boundary, or at a capital run into the previous field's value by
     * a flattened web page ("Document #: ADMIN.00005Publish Date: 06/28/2024", "ReviewedLast Review Date").
     */
    private static final String LABEL_START = "(?:\\b|(?-i:(?=[A-Z])(?<![A-Z_])))";
    private static final PrefilteredPattern EFFECTIVE = label("(?<!original\\s{0,3}(?:determination\\s{0,3})?)(?<!next\\s?)\\b(?:current\\s+)?effective(?:\\s+date)?(?=\\s*(?:[:|]|\\.{2,}))"
            + "|(?<!original\\s{0,3}(?:determination\\s{0,3})?)(?<!next\\s?)" + LABEL_START + "effective\\s+date(?:\\s+of\\s+(?:this|the|the\\s+current|current)\\s+(?:version|revision|policy|guideline))?|\\bdate\\s+effective(?=\\s*[:|])"
            // A policy's own dating of its criteria, on a line of its own ("Effective for dates of service on and
            // after November 16, 2024:"); in a sentence, the phrase dates one item of a notice.
            + "|(?m:^)[ \\t•*-]*effective\\s+for\\s+(?:dates?\\s+of\\s+service|services?|claims?)\\s+(?:on\\s+(?:and|or)\\s+after|beginning)"
            + "(?=\\s+(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t:.]*(?m:$))"
            // A table's cells stacked one per line: "Effective" over "01/25/19".
            + "|(?m:^)[ \\t]*(?<!original\\s{1,5})effective(?:\\s+date)?(?=[ \\t]*\\n[ \\t]*(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t]*(?m:$))");
    private static final PrefilteredPattern REVIEWED = label("(?<!next\\s?)" + LABEL_START + "(?:(?:policy\\s+)?last\\s+review(?:ed)?(?:\\s+date|\\s+on)?|date\\s+of\\s+(?:last\\s+)?review"
            + "|(?<!last\\s)reviewed(?:\\s+date)?(?=\\s*[:|])|(?<!last\\s)review\\s+date|date\\s+(?:last\\s+)?reviewed"
            + "|(?:most\\s+)?recent\\s+review(?:\\s+date)?|(?:last\\s+)?annual\\s+review(?:\\s+date)?(?=\\s*[:|])"
            + "|last\\s+approv(?:al|ed)(?:\\s+date)?)");
    /**
     * The labels of {@link #REVIEWED} that say "last", opening a line: they name the current version's review even where
     * a page prints its fields under a history heading ("Policy History" over "Last Review 06/02/2026").
     */
    private static final PrefilteredPattern LAST_REVIEW = label("(?m:^)[ \\t]*(?:(?:policy\\s+)?last\\s+review(?:ed)?(?:\\s+date|\\s+on)?"
            + "|date\\s+of\\s+last\\s+review|most\\s+recent\\s+review(?:\\s+date)?)");
    /** A history box's effective date on a line of its own ("Effective: 07/20/1999"), not a row's ("01/01/2010 New policy. Effective: ..."). */
    private static final PrefilteredPattern EFFECTIVE_FIELD = label("(?m:^)[ \\t]*effective(?:\\s+date)?(?=\\s*:)");
    private static final PrefilteredPattern REVISED = label("\\b(?:date\\s+of\\s+last\\s+revision|last\\s+revised(?:\\s+date)?|revised(?:\\s+date)?(?=\\s*[:|])|revision\\s+date)");
    private static final PrefilteredPattern PUBLISHED = label(LABEL_START + "(?:publish(?:ed)?\\s+date|date\\s+published)");
    private static final PrefilteredPattern ORIGINAL = label("\\boriginal\\s+(?:determination\\s+)?effective(?:\\s+date)?|\\borigination(?:\\s+date)?|\\bdate\\s+of\\s+origin\\b"
            + "|\\boriginal\\s+(?:policy\\s+)?date");
    /** A header's "Implementation Date: 8/1/06" (read in the header only: a change request's in a coding note dates something else). */
    private static final PrefilteredPattern IMPLEMENTED = label("\\bimplementation\\s+date");

    /**
     * Medicare's coverage database exports interleave a two-column header: "Revision Effective Date
     * L28991 For services performed on or after 07/24/2017". The label reaches over the other column's
     * words to the phrase that introduces its date, never past another date or effective-date label.
     */
    private static final PrefilteredPattern INTERLEAVED_EFFECTIVE = label("(?<!original\\s)\\beffective\\s+date\\s+"
            + "(?:(?!effective\\s+date|on\\s+or\\s+after|\\d{1,2}/\\d{1,2}/\\d{2,4})[^\\n]){1,80}?(?=for\\s+services\\s+performed\\s+on\\s+or\\s+after\\s)");
    /**
     * Two labels stacked before their two values: "Original Effective Date: Current Effective Date: 07/15/2015
     * 07/20/2016". The current date is the second value.
     */
    private static final PrefilteredPattern STACKED_CURRENT = label("\\boriginal\\s+effective\\s+date\\s*:\\s*current\\s+effective\\s+date\\s*:"
            + "\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}");
    /** A policy's header line "Version 1.0 Effective February 14, 2020": the word alone, before the date. */
    private static final PrefilteredPattern HEADER_EFFECTIVE = PrefilteredPattern.compile(
            "(?i)(?<!(?:original|next|retired|archived|terminated|inactive)\\s)\\beffective\\s+(?:on\\s+|as\\s+of\\s+)?(?=(?-i:[A-Z0-9]))");
    private static final int HEADER_CHARS = 600;
    /** The sections a second look at the history skips: the first look read them. */
    private static final Set<SectionKind> OUTSIDE_HISTORY = java.util.Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(SectionKind.HISTORY)));
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*[;,][ \\t]*");
    /**
     * "Effective August 30, 2026" (or a bullet "• Effective ...", or a subtitle "New and updated policies
     * effective November 1, 2025") ending its line; "Effective May 1, 2025, the plan will ..." opens a paragraph about
     * one item, and dates the notice only when every such paragraph gives the same date.
     */
    private static final PrefilteredPattern EFFECTIVE_LINE = PrefilteredPattern.compile("(?im)^[ \\t•*·-]*(?:[^\\n.]{0,80}?\\s)?(?<!(?:retired|archived|terminated|inactive|end-dated)\\s)effective\\s+(?:on\\s+|as\\s+of\\s+)?"
            + "(?=(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t.]*$)");
    /**
     * A heading over a notice's items, in title case, ending in the date and a colon: "Notification of Policy Revisions
     * Effective October 13, 2017:" (a sentence leading into a list, "The following codes were added effective ...:",
     * dates its items). Read after the labels: "Effective Date: 04/01/2025" above it dates the notice.
     */
    private static final PrefilteredPattern EFFECTIVE_HEADING = PrefilteredPattern.compile("(?im)^[ \\t•*·-]*"
            + "(?:(?-i:\\p{Lu}[\\w&/-]*+)\\s+|(?:of|and|for|to|the|in|on)\\s+){0,10}?effective\\s+"
            + "(?:for\\s+dates\\s+of\\s+service\\s+on\\s+or\\s+after\\s+)?"
            + "(?=(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t]*:[ \\t]*$)");
    /**
     * The same line as a lead-in ("The following policies are effective Jan. 1, 2021:"), for a notice with no effective
     * label and no other date of a change.
     */
    private static final PrefilteredPattern EFFECTIVE_LEAD_IN = PrefilteredPattern.compile("(?im)^[ \\t•*·-]*(?:[^\\n.]{0,40}?\\s)?the\\s+following\\s+[^\\n.]{0,80}?\\s"
            + "effective\\s+(?:on\\s+|as\\s+of\\s+|for\\s+dates\\s+of\\s+service\\s+on\\s+or\\s+after\\s+)?"
            // The date, then perhaps whom it is for: "..., for Tufts Medicare Preferred HMO and Senior Care Options (SCO):".
            + "(?=(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,[ \\t]+for\\s[^\\n.:]{1,120})?[ \\t]*:[ \\t]*$)");

    /**
     * "Effective June 1, 2025, the following codes ...", "Beginning July 1, 2025, ...": a paragraph, or a
     * clause after a comma ("In furtherance of these goals, effective August 1, 2018, Independence will ..."),
     * opening on its date.
     */
    private static final PrefilteredPattern DATED_OPENING = datedOpening("(?:^[ \\t•*·-]*|,\\s+)");
    /** The same opening at a paragraph's start only: a policy's background dates other things in its clauses. */
    private static final PrefilteredPattern DATED_PARAGRAPH = datedOpening("^[ \\t•*·-]*");

    /**
     * A notice's default for its items: "Unless otherwise noted, the November 2024 updates noted below go into
     * effect Dec. 1, 2024." Items with dates of their own are the exceptions it names.
     */
    private static final PrefilteredPattern DEFAULT_EFFECTIVE = PrefilteredPattern.compile("(?i)\\bunless\\s+otherwise\\s+"
            + "(?:noted|stated|indicated|specified)\\b[^.\\n]{0,150}?\\b(?:go(?:es)?\\s+into\\s+effect|takes?\\s+effect"
            + "|(?:is|are|will\\s+be|becomes?)\\s+effective)\\s+(?:on\\s+|as\\s+of\\s+|for\\s+dates\\s+of\\s+service\\s+on\\s+or\\s+after\\s+)?"
            + "(?=(?-i:[A-Z0-9]))");

    /** The same words anywhere ("... which are effective September 1, 2022", "Good news! Starting Jan. 1, 2022, ..."). */
    private static final PrefilteredPattern DATED_PHRASE = PrefilteredPattern.compile("(?i)(?<!(?:original|next|retired|archived|terminated|inactive)\\s)"
            + "\\b(?:effective|beginning|starting|as\\s+of|for\\s+dates\\s+of\\s+service\\s+on\\s+(?:or|and)\\s+after)\\s+(?:on\\s+|as\\s+of\\s+)?(?=(?-i:[A-Z0-9]))");

    private static PrefilteredPattern datedOpening(String before) {
        return PrefilteredPattern.compile("(?im)" + before + "(?:effective|beginning|starting"
                + "|as\\s+of|for\\s+dates\\s+of\\s+service\\s+on\\s+(?:or|and)\\s+after)\\s+(?:on\\s+|as\\s+of\\s+)?"
                + "(?=(?:[a-z]+(?:\\.\\s*|\\s+)\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t]?,)");
    }

    private static PrefilteredPattern label(String words) {
        return PrefilteredPattern.compile("(?i)(?:" + words + ")" + SEP);
    }

    @Override
    public PolicyDates extract(SourceText text, List<Flag> flags) {
        return extract(text, DocKind.PAYER_POLICY, flags);
    }

    /**
     * As {@link #extract(SourceText, List)}; a bulletin whose labelled effective dates differ
     * announces changes that take effect on several dates, and has no effective date of its own.
     */
    public PolicyDates extract(SourceText text, DocKind kind, List<Flag> flags) {
        return extract(text, kind, null, flags);
    }

    /**
     * As {@link #extract(SourceText, DocKind, List)}, with the document's title (may be null): a
     * notice titled "Policy Revisions Effective April 1, 2026" takes effect on that date, whatever
     * dates its items print.
     */
    public PolicyDates extract(SourceText text, DocKind kind, Located<String> title, List<Flag> flags) {
        Located<LocalDate> titled = null;
        if (kind == DocKind.POLICY_BULLETIN) {
            titled = title != null ? effectiveInTitle(title) : null;
            if (titled == null) {
                titled = noticeDate(text, flags);
            }
        }
        if (titled != null) {
            return new PolicyDates(titled, lastReviewed(text, flags), latest(text, REVISED, flags));
        }
        if (kind == DocKind.POLICY_BULLETIN && distinctDates(text, EFFECTIVE) > 1) {
            return new PolicyDates(null, lastReviewed(text, flags), latest(text, REVISED, flags));
        }
        Located<LocalDate> effective = first(text, STACKED_CURRENT, flags);
        if (effective == null) {
            effective = first(text, EFFECTIVE, flags);
        }
        if (effective == null) {
            effective = first(text, INTERLEAVED_EFFECTIVE, flags);
        }
        if (effective == null) {
            NameNumberDateHeader header = NameNumberDateHeader.of(text);
            effective = header == null ? null : header.effective();
        }
        if (effective == null && kind == DocKind.PAYER_POLICY) {
            effective = first(text, HEADER_EFFECTIVE, flags, HEADER_CHARS);
        }
        Located<LocalDate> reviewed = lastReviewed(text, flags);
        Located<LocalDate> revised = latest(text, REVISED, flags);
        if (effective == null) {
            effective = revised != null ? revised : first(text, PUBLISHED, flags);
        }
        if (effective == null) {
            effective = first(text, ORIGINAL, flags);
        }
        if (effective == null) {
            effective = first(text, IMPLEMENTED, flags, HEADER_CHARS);
        }
        if (effective == null && distinctDates(text, DATED_PHRASE) == 1) {
            // No date labelled at all, but a paragraph of the policy opens on the one date the text gives:
            // "Beginning Jan. 1, 2018, providers will be required to obtain preauthorization ...".
            effective = firstOutsideBackground(text, DATED_PARAGRAPH, flags);
        }
        if (effective == null && distinctDates(text, EFFECTIVE_FIELD, true) == 1) {
            // Printed nowhere else, the one date labelled effective in a box headed "Policy History" (Aetna's
            // "Last Review 06/02/2026 / Effective: 07/20/1999") is the one the policy gives.
            effective = first(text, EFFECTIVE_FIELD, flags, Integer.MAX_VALUE, OUTSIDE_HISTORY, false);
        }
        return new PolicyDates(effective, reviewed, revised);
    }

    /**
     * A notice's date printed apart from any label, or null: the default it sets for its items, its own line,
     * a lead-in, or the opening of its paragraphs.
     */
    private static Located<LocalDate> noticeDate(SourceText text, List<Flag> flags) {
        if (distinctDates(text, DEFAULT_EFFECTIVE) == 1) {
            return first(text, DEFAULT_EFFECTIVE, flags);
        }
        long ownLines = distinctDates(text, EFFECTIVE_LINE);
        if (ownLines == 1) {
            // A notice's own line under its title: "Effective August 30, 2026" (items on lines of their own
            // with different dates date nothing).
            return first(text, EFFECTIVE_LINE, flags, HEADER_CHARS);
        }
        if (ownLines > 0 || distinctDates(text, EFFECTIVE) > 0 || distinctDates(text, DATED_PHRASE) != 1) {
            return null; // labelled, or several dates of changes: the items carry them
        }
        Located<LocalDate> leadIn = distinctDates(text, EFFECTIVE_LEAD_IN) == 1 ? first(text, EFFECTIVE_LEAD_IN, flags)
                : distinctDates(text, EFFECTIVE_HEADING) == 1 ? first(text, EFFECTIVE_HEADING, flags) : null;
        if (leadIn != null) {
            return leadIn;
        }
        // Its paragraphs or their clauses open on its one date ("Effective June 1, 2025, the following codes will no
        // longer require ...", "To reduce costs, effective August 1, 2018, the plan will ..."). A date the sentence
        // reaches later ("will be effective October 1, 2016", "(effective 10/01/19)") dates one item only.
        return first(text, DATED_OPENING, flags);
    }

    private static Located<LocalDate> effectiveInTitle(Located<String> title) {
        String t = title.value();
        Matcher date = DateParser.DATE.matcher(t);
        for (MatchResult word : HEADER_EFFECTIVE.findAll(t)) {
            if (date.region(word.end(), t.length()).lookingAt()) {
                LocalDate value = DateParser.fromMatch(date);
                if (value != null) {
                    return new Located<>(value, title.where());
                }
            }
        }
        return null;
    }

    /**
     * A label in a table's header row ("Date Created<tab>Date Reviewed<tab>Date Last Revised") has its
     * value in the same column of the next row, not after it: the start of that cell.
     */
    private static OptionalInt cellBelow(SourceText source, MatchResult label) {
        SourceText.Line line = source.lineAt(label.start());
        String text = source.text();
        if (line.text().indexOf('\t') < 0 || line.end() >= text.length()) {
            return OptionalInt.empty();
        }
        int column = (int) text.substring(line.start(), label.start()).chars().filter(c -> c == '\t').count();
        int nextTab = text.indexOf('\t', label.start());
        int cellEnd = nextTab < 0 || nextTab > line.end() ? line.end() : nextTab;
        if (label.end() < cellEnd && !text.substring(label.end(), cellEnd).isBlank()) {
            return OptionalInt.empty(); // the value shares the label's cell
        }
        SourceText.Line below = source.lineAt(line.end() + 1);
        int at = below.start();
        for (int c = 0; c < column; c++) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab >= below.end()) {
                return OptionalInt.empty();
            }
            at = tab + 1;
        }
        return OptionalInt.of(at);
    }

    /** Whether a date follows the label, or stands below it in its column; {@code date} is left on it. */
    private static boolean labelsADate(SourceText source, MatchResult label, Matcher date) {
        OptionalInt below = cellBelow(source, label);
        return below.isPresent() && dateAt(date, source.text(), below.getAsInt()) || dateAt(date, source.text(), label.end());
    }

    private static boolean dateAt(Matcher date, String text, int at) {
        return date.region(at, Math.min(text.length(), at + 40)).lookingAt();
    }

    private static long distinctDates(SourceText source, PrefilteredPattern label) {
        return distinctDates(source, label, false);
    }

    /** As {@link #distinctDates(SourceText, PrefilteredPattern)}, counting the labels in the history instead when {@code inHistory}. */
    private static long distinctDates(SourceText source, PrefilteredPattern label, boolean inHistory) {
        String text = source.text();
        Matcher date = DateParser.DATE.matcher(text);
        return label.findAll(text).stream()
                .filter(m -> (source.sections().kindAt(m.start()) == SectionKind.HISTORY) == inHistory && labelsADate(source, m, date))
                .map(m -> DateParser.fromMatch(date)).filter(java.util.Objects::nonNull).distinct().count();
    }

    /** The labelled last review date outside the history, else one a "last review" label gives within it. */
    private static Located<LocalDate> lastReviewed(SourceText text, List<Flag> flags) {
        Located<LocalDate> reviewed = latest(text, REVIEWED, flags);
        return reviewed != null || distinctDates(text, LAST_REVIEW, true) != 1 ? reviewed
                : first(text, LAST_REVIEW, flags, Integer.MAX_VALUE, OUTSIDE_HISTORY, true);
    }

    /**
     * The first labelled review or revision date, or the latest of the list it opens: "Reviewed: 11/04; 9/05;
     * 10/06; 1/07" was last reviewed in January 2007.
     */
    private static Located<LocalDate> latest(SourceText source, PrefilteredPattern label, List<Flag> flags) {
        return first(source, label, flags, Integer.MAX_VALUE, Set.of(SectionKind.HISTORY), true);
    }

    /** The latest of {@code first} and the dates listed after it, one separator apart. */
    private static Located<LocalDate> latestInList(SourceText source, Located<LocalDate> first, Matcher date) {
        String text = source.text();
        Matcher separator = LIST_SEPARATOR.matcher(text);
        Located<LocalDate> latest = first;
        for (int at = date.end(); separator.region(at, text.length()).lookingAt() && dateAt(date, text, separator.end()); at = date.end()) {
            LocalDate value = DateParser.fromMatch(date);
            if (value != null && value.isAfter(latest.value())) {
                latest = new Located<>(value, source.provenance(separator.end(), date.end()));
            }
        }
        return latest;
    }

    private static Located<LocalDate> firstOutsideBackground(SourceText source, PrefilteredPattern label, List<Flag> flags) {
        return first(source, label, flags, Integer.MAX_VALUE, Set.of(SectionKind.HISTORY, SectionKind.BACKGROUND), false);
    }

    private static Located<LocalDate> first(SourceText source, PrefilteredPattern label, List<Flag> flags) {
        return first(source, label, flags, Integer.MAX_VALUE);
    }

    /** The first labelled date whose label starts before {@code within}. */
    private static Located<LocalDate> first(SourceText source, PrefilteredPattern label, List<Flag> flags, int within) {
        return first(source, label, flags, within, Set.of(SectionKind.HISTORY), false);
    }

    /**
     * As {@link #first(SourceText, PrefilteredPattern, List, int)}, skipping labels in the sections given; with
     * {@code latestOfList}, the latest date of a list the label opens ("11/04; 9/05; 10/06").
     */
    private static Located<LocalDate> first(SourceText source, PrefilteredPattern label, List<Flag> flags, int within,
            Set<SectionKind> skipped, boolean latestOfList) {
        String text = source.text();
        Matcher date = DateParser.DATE.matcher(text);
        for (MatchResult m : label.findAll(within < text.length() ? text.substring(0, within) : text)) {
            if (skipped.contains(source.sections().kindAt(m.start()))) {
                continue;
            }
            if (!labelsADate(source, m, date)) {
                continue;
            }
            LocalDate value = DateParser.fromMatch(date);
            Provenance where = source.provenance(m.start(), date.end());
            if (value == null) {
                flags.add(new Flag(FlagKind.BAD_DATE, date.group(), where));
                continue;
            }
            Located<LocalDate> found = new Located<>(value, where);
            return latestOfList ? latestInList(source, found, date) : found;
        }
        return null;
    }
}
