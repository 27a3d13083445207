package com.policyledger.extract;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy's own number in the forms payers print it: "Reference Number: WA.CP.MP.526",
 * "Policy Number: 2026D0059Q", "Policy Code | MM 0552", "Coverage Policy Number....0070",
 * "Document#:" with its value a few lines below (PDF column layout), or a bare guideline
 * number such as "02-33000-28" heading a payer policy. Numbers in a revision history or next to
 * "previous"/"formerly" belong to an earlier version and are skipped.
 */
public final class PolicyNumberExtractor {
    private static final PrefilteredPattern LABEL = PrefilteredPattern.compile(
            "(?i)\\b(?:reference\\s+(?:number|no\\.?|#)|(?:coverage\\s+|medical\\s+|clinical\\s+)?policy(?:\\s*#|\\s+(?:number|no\\.?|code|id))"
                    + "|document\\s*(?:#|number|no\\.?)|guideline\\s+(?:number|#|no\\.?)|bulletin\\s+(?:number|#)|cpb\\s+(?:number|#)"
                    // Blue Cross NC's header: "File Name: ... File Code: UM.SURG.02".
                    + "|file\\s+code(?=\\s*:)"
                    // Medicare's coverage documents: "LCD ID: L38773", "Article ID: A57736", "NCD #: 160.24".
                    + "|(?:lcd|ncd|article)\\s+(?:id|#|number)|manual\\s+section\\s+(?:number|#)"
                    // A masthead that carries the number: "MEDICAL POLICY – 7.01.557", "Medical Policy: 07.01.12"
                    // "Reimbursement Policy: NDRP-LP-002" (but "Clinical Policy: Bariatric Surgery" names the title).
                    + "|(?:medical|clinical|payment|reimbursement|coverage)\\s+policy\\s*(?:[–—-]|:(?=\\s*(?:\\d|[A-Z]{1,5}(?:[.\\-][A-Z]{1,5})*[.\\-]?\\d)))"
                    + "|\\bdoc(?:ument)?\\s+id(?=\\s*:)"
                    // A Medicare contractor's own number ("Contractor Number: 05401") names the contractor, not the policy.
                    // (The word first, then what precedes it: a lookbehind leading the alternative ran at every attempt.)
                    + "|number(?<!(?:phone|fax|id|npi|tax|member|account|group|telephone|provider|publication|version|transmittal|contractor|contract)\\s{1,3}number)(?=\\s*:)"
                    // Premera, Regence: a line "Number 7.01.126" (the Blue plans' dotted numbering).
                    + "|(?m:^)[ \\t]*number(?=[ \\t]+\\d{1,2}\\.\\d{2}\\.\\d{2,3}[a-z]{0,3}[ \\t]*(?m:$)))"
                    // Separators, and a markdown label's bold markers ("**Policy Number:** 2025R0002A").
                    + "\\s*(?:[:|#]|\\.{2,})?[ \\t.:|#*]*");
    private static final String ID = "[A-Z]{1,6}(?:[.\\-][A-Z]{1,6})*[ .\\-]?\\d[\\w.\\-]*|\\d[\\w.\\-]*";
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\-]+$");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}/\\d{1,2}(/\\d{2,4})?|\\d{1,2}-\\d{1,2}(-\\d{2,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern VALUE = Pattern.compile("(" + ID + ")");
    /** Shapes distinctive enough to trust without a label next to them. */
    static final String DISTINCTIVE_ID = "[A-Z]{2,6}(?:\\.[A-Z]{2,6})*\\.\\d{2,}(?:\\.\\d+)*|\\d{2}-\\d{5}-\\d{2}|[A-Z]{2}\\.\\d{2}\\.\\d{2,3}"
            // Independence Blue Cross: "00.01.24n" (the letter is the version; without it the number reads as a date).
            + "|\\d{2}\\.\\d{2}\\.\\d{2,3}[a-z]{1,2}"
            // Independence's Medicare Advantage policies: "MA03.005d".
            + "|MA\\d{2}\\.\\d{3}[a-z]?";
    private static final Pattern STRUCTURED = Pattern.compile("(?<![\\w.\\-])(" + DISTINCTIVE_ID + ")(?![\\w\\-])");
    /**
     * The Blue Cross Blue Shield Association's numbering leading its title line, after a program's
     * initials: "FEP 1.01.05 Ultrasound Accelerated Fracture Healing Device".
     */
    static final Pattern ASSOCIATION_NUMBERED_TITLE = Pattern.compile("^(?:[A-Z]{2,5}\\s+)?(\\d{1,2}\\.\\d{2}\\.\\d{2,3})\\s+(?=\\p{Lu}\\p{Ll})");
    /** After a number that leads a header line, the title: "MA03.005d, Modifiers XE, XP, XS, XU, and 59". */
    private static final Pattern BEFORE_TITLE = Pattern.compile("\\s*[,:–—-]\\s+\\p{Lu}");
    /** An earlier version's number, or another policy's: "replaces Policy #", "the criteria appear on Medical Policy #350". */
    private static final Pattern EARLIER_VERSION = Pattern.compile("(?i)previous|formerly|replaced|replaces|prior version|archived|\\bsee\\b"
            + "|\\brefer(?:s|red)?\\s+to\\b|\\bappears?\\s+(?:on|in)\\b|\\b(?:described|outlined|listed|found)\\s+(?:on|in)\\b");
    private static final int LAYOUT_REACH = 400;
    private static final int EARLIER_REACH = 40;
    private static final Pattern BULLETIN_LABEL = Pattern.compile("(?i)\\s*bulletin\\s+(?:number|#)");
    /** The first words of a header's field labels, which a flattened header runs into the value before them. */
    static final String FIELD_LABEL_WORDS = "Current|Next|Effective|Date|Last|Review|Reviewed|Revised|Revision|Original|Title|Subject|Page"
            + "|Version|Status|Publish|Published|Posted|Approved|Origination|Section|Subsection|Category|Topic|Policy|Number|Department"
            + "|Manual|Product|Products|Line|Lines|Applies";
    /** The next field's label run into the value by a flattened header: "CS032.OPEffective Date: ...". */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=[A-Z0-9])(?:" + FIELD_LABEL_WORDS + ")$");
    private static final int HEADER_LINES = 4;
    private static final Pattern RELATED_POLICIES = Pattern.compile("(?i)related|other");
    /** Another field's label where a value should be: "Status:", "Effective Date:". */
    private static final Pattern NEXT_LABEL = Pattern.compile("(?:[A-Z][\\w/&]*\\s+){0,3}[A-Z][\\w/&]*\\s*#?\\s*:");
    /** Medicare's coverage database IDs: LCDs L33777, articles A45888. */
    public static final String MEDICARE_ID = "[LA]\\d{5}";
    /** The kind of Medicare document an ID may be printed after: "LCD L35022", "Article A57736", "LCD ID: L38773", "LCD#L35022". */
    public static final String MEDICARE_KIND_WORD = "(?:LCD|Article|LCA)(?:\\s+ID)?\\s*[:#]?\\s*";
    static final String MEDICARE_KIND = "(?:" + MEDICARE_KIND_WORD + ")?";
    /** Between a Medicare ID and the title it leads: "L35022: Title", "L35022 - Title", "L35022 Title". */
    public static final String MEDICARE_ID_TITLE_SEPARATOR = "(?:\\s*[:–—-]\\s*|\\s+)";
    private static final Pattern MCD_ID = Pattern.compile("(?<![\\w\\-])" + MEDICARE_ID + "(?![\\w\\-])");
    /** The label Medicare's database prints before a document's ID. */
    public static final String MEDICARE_ID_LABEL = "(?i:lcd|article)\\s+(?i:id)";
    private static final Pattern MCD_LABEL = Pattern.compile("\\s*" + MEDICARE_ID_LABEL);
    /**
     * A header line led by its ID ("L29265 PULMONARY DIAGNOSTIC SERVICES", "LCD L35022: Bariatric Surgery")
     * or ending with it ("... Services (L33777)", "(A45888)").
     */
    private static final Pattern MCD_HEADER = Pattern.compile(
            "^" + MEDICARE_KIND + "\\(?(" + MEDICARE_ID + ")\\)?(?:" + MEDICARE_ID_TITLE_SEPARATOR + "\\p{Lu}.*)?$|.*\\((" + MEDICARE_ID + ")\\)$");
    /** How far a flattened Medicare header may run other labels between "LCD ID" and its value. */
    private static final int MCD_REACH = 60;

    /**
     * The number, or null with a NO_POLICY_NUMBER flag. Bulletins get only labelled numbers: their own
     * ("Bulletin Number:"), else the one policy they are about; one that announces several policies
     * ("Policy No. 170", "Policy No. 32") is about none of them, and that is no doubt to flag.
     */
    public Located<String> extract(SourceText text, DocKind kind, List<Flag> flags) {
        List<Located<String>> labelled = labelled(text);
        if (kind == DocKind.POLICY_BULLETIN && labelled.stream().map(Located::value).distinct().count() > 1) {
            return labelled.stream().filter(n -> BULLETIN_LABEL.matcher(n.where().snippet()).lookingAt()).findFirst().orElse(null);
        }
        Located<String> found = labelled.isEmpty() ? null : labelled.get(0);
        if (found == null) {
            NameNumberDateHeader header = NameNumberDateHeader.of(text);
            found = header == null ? null : header.number();
        }
        if (found == null && kind == DocKind.PAYER_POLICY) {
            found = headerLine(text);
        }
        if (found == null && kind == DocKind.POLICY_BULLETIN) {
            found = theOnePolicyNamed(text);
        }
        if (found == null && kind != DocKind.INFORMATIONAL) {
            flags.add(new Flag(FlagKind.NO_POLICY_NUMBER, "", text.provenance(0, 0, "")));
        }
        return found;
    }

    /** Every labelled number in order; a policy's own comes first. */
    private static List<Located<String>> labelled(SourceText text) {
        List<Located<String>> out = new java.util.ArrayList<>();
        String s = text.text();
        Matcher value = VALUE.matcher(s);
        for (MatchResult label : LABEL.findAll(s)) {
            if (text.sections().kindAt(label.start()) == SectionKind.HISTORY || earlierVersion(text, label)) {
                continue;
            }
            value.region(label.end(), s.length());
            if (value.lookingAt() && !looksLikeDate(value.group(1))) {
                String number = GLUED_LABEL.matcher(value.group(1)).replaceFirst("");
                number = TRAILING_DOTS.matcher(number).replaceAll("");
                out.add(new Located<>(number, text.provenance(label.start(), label.end() + number.length())));
                continue;
            }
            int eol = s.indexOf('\n', label.end());
            if (MCD_LABEL.matcher(label.group()).lookingAt()) {
                // A database export interleaves labels and values: "LCD ID Original Effective Date L33777".
                Matcher id = MCD_ID.matcher(s).region(label.end(), Math.min(eol < 0 ? s.length() : eol, label.end() + MCD_REACH));
                if (id.find()) {
                    out.add(new Located<>(id.group(), text.provenance(id.start(), id.end())));
                }
                continue;
            }
            int lineEnd = eol < 0 ? s.length() : eol;
            boolean labelEndsLine = s.substring(label.end(), lineEnd).isBlank();
            Matcher later = STRUCTURED.matcher(s).region(label.end(), Math.min(s.length(), label.end() + LAYOUT_REACH));
            if (labelEndsLine && later.find()) {
                out.add(new Located<>(later.group(1), text.provenance(later.start(1), later.end(1))));
                continue;
            }
            // A header table flattened labels first, values after: "Subject: Document #: Status: <title> SURG.00066 Current".
            Matcher sameLine = STRUCTURED.matcher(s).region(label.end(), Math.min(lineEnd, label.end() + LAYOUT_REACH));
            Matcher nextLabel = NEXT_LABEL.matcher(s).region(label.end(), lineEnd);
            // ("Policy Number: Related Policies: SURG.00011": the number after that label is another policy's.)
            if (nextLabel.lookingAt() && !EARLIER_VERSION.matcher(nextLabel.group()).find()
                    && !RELATED_POLICIES.matcher(nextLabel.group()).find() && sameLine.find()) {
                out.add(new Located<>(sameLine.group(1), text.provenance(sameLine.start(1), sameLine.end(1))));
            }
        }
        return out;
    }

    /**
     * A notice of one policy names it with its number in brackets ("Leveling of Care: Office-based E&M
     * Over-coding (CC.PP.066)"): that number, when it is the only policy number the notice prints.
     */
    private static Located<String> theOnePolicyNamed(SourceText text) {
        String s = text.text();
        List<MatchResult> ids = STRUCTURED.matcher(s).results()
                .filter(m -> text.sections().kindAt(m.start()) != SectionKind.HISTORY).toList();
        if (ids.isEmpty() || ids.stream().map(m -> m.group(1)).distinct().count() > 1) {
            return null;
        }
        return ids.stream().filter(m -> m.start() > 0 && s.charAt(m.start() - 1) == '(' && m.end() < s.length() && s.charAt(m.end()) == ')')
                .findFirst().map(m -> new Located<>(m.group(1), text.provenance(m.start(1), m.end(1)))).orElse(null);
    }

    /** "Previous policy number:", "replaces Policy #": the words just before the label on its line. */
    private static boolean earlierVersion(SourceText text, MatchResult label) {
        SourceText.Line line = text.lineAt(label.start());
        int from = Math.max(line.start(), label.start() - EARLIER_REACH);
        return EARLIER_VERSION.matcher(text.text().substring(from, label.end())).find();
    }

    private static Located<String> headerLine(SourceText text) {
        for (SourceText.Line line : text.headLines(HEADER_LINES)) {
            String t = line.text().strip();
            Matcher m = STRUCTURED.matcher(t);
            if (m.matches() || m.lookingAt() && BEFORE_TITLE.matcher(t).region(m.end(), t.length()).lookingAt()) {
                return text.located(line, m.group(1));
            }
            Matcher association = ASSOCIATION_NUMBERED_TITLE.matcher(t);
            if (association.lookingAt()) {
                return text.located(line, association.group(1));
            }
            Matcher mcd = MCD_HEADER.matcher(line.text().strip());
            if (mcd.matches()) {
                return text.located(line, mcd.group(1) != null ? mcd.group(1) : mcd.group(2));
            }
        }
        return null;
    }

    /** "01/15/2026", "1-15", "01.15.2026"; but dotted numbers such as 7.01.557 and 2.04.02 are policy numbers. */
    private static boolean looksLikeDate(String token) {
        return DATE_LIKE.matcher(token).matches();
    }
}
