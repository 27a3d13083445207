package com.policyledger.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes and ranges a policy lists. A code counts when it stands in a code context: a table or
 * list row it starts, a sentence that introduces codes ("CPT codes 0112U, 0152U"), or, in a
 * payer policy, anywhere outside history, background, references and boilerplate. Codes in a
 * revision log are history; a bare five-digit number after a state abbreviation is a ZIP code, and
 * one on a Medicare contractor's row its contract number.
 * Each code takes the determination of its own row, else of the nearest lead line above it
 * ("When services are Not Medically Necessary:"); the facade fills the rest from statements.
 */
public final class CodeExtractor {
    private static final String BARE = "[A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?";
    private static final String CPT_OR_HCPCS = "(?:" + CodeFormat.CPT_SHAPE + "|" + CodeFormat.HCPCS_SHAPE + ")";
    /** A sentence ends between two codes: they are no entries of one flattened listing. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]\\s+[A-Z]");
    private static final PrefilteredPattern TOKEN = PrefilteredPattern.compile(CodeFormat.TOKEN);
    private static final PrefilteredPattern RANGE = PrefilteredPattern.compile("(?<![\\w.\\-/$#@])(" + BARE + ")[*†]*\\s*(?:-|–|—|through|thru)\\s*("
            + BARE + ")(?![\\w/]|-\\w|\\.\\w)");
    private static final Pattern LINE_START = Pattern.compile("^[\\s\\-•*·|>]*" + BARE + "[*†]*(?:\\s|$|[|,:;)]|(?=\\p{Lu}\\p{Ll}))");
    /** A list item: a bullet, dash or item number at the start of the line. */
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●○■□➢►–*-]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])\\s+");
    private static final Pattern KEYWORD = Pattern.compile("(?i)\\b(?:codes?|cpt®?|hcpcs|icd-?10(?:-cm)?)\\b");
    private static final PrefilteredPattern ZIP = PrefilteredPattern.compile("\\b[A-Z]{2},?\\s+$");
    /** Medicare's transmittal, change-request and MLN Matters numbers: "TN 11824", "CR 13017", "(CR) Number: 11755", "(MM)11755". */
    private static final PrefilteredPattern TRANSMITTAL = PrefilteredPattern.compile(
            "(?:\\b(?-i:TN|CR|MM)\\)?(?:\\s+(?i:number|no\\.?|#))?|(?i:\\btransmittal(?:\\s+(?:number|no\\.?|#))?|\\bchange\\s+request(?:\\s+(?:number|no\\.?|#))?))\\s*[:#]?\\s*$");
    /**
     * A Medicare coverage document's contractor table: "Novitas Solutions, Inc. | 04412 | A and B MAC |
     * J - H". Its five-digit contract numbers look like CPT codes.
     */
    private static final PrefilteredPattern CONTRACTOR_ROW = PrefilteredPattern.compile("(?i)\\bcontract(?:or)?\\s+(?:number|no\\.|#)|\\b(?:A and B|DME|HHH)[\\w ]*\\bMAC\\b");
    /** The document's own number, five digits like a CPT code: "Policy # 00475", "Policy Number: 10120". */
    private static final PrefilteredPattern NUMBER_LABEL_BEFORE = PrefilteredPattern.compile(
            "(?i)\\b(?:policy|guideline|document|bulletin)\\s*(?:#|number|no\\.?)\\s*:?\\s*$");
    /** Pharmacy systems' drug numbers: "Added GCNs for diazepam (45092, 14210)" names no procedure. */
    private static final PrefilteredPattern DRUG_NUMBER_BEFORE = PrefilteredPattern.compile(
            "\\b(?:GCNs?|GSNs?|GPIs?|HICLs?|RxCUIs?|(?i:generic\\s+code\\s+numbers?))\\b[^\\d\\n]{0,40}(?:\\d{5},?\\s*)*$");
    private static final int DRUG_NUMBER_REACH = 100;
    private static final PrefilteredPattern REFERENCE = PrefilteredPattern.compile("(?i)\\bPMID\\b|\\bdoi:|\\bet al\\b|\\b(?:19|20)\\d\\d;\\s*\\d");
    private static final int REFERENCE_REACH = 80;
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}(?![\\w.])");
    private static final int CONTRACT_REACH = 80;
    /**
     * An ICD-10 code without its letter, a Category III code missing a digit. (A letter and three
     * digits is no such typo: lists write ICD-10 codes without their dot, "E1165, E119".)
     */
    private static final PrefilteredPattern ALMOST_A_CODE = PrefilteredPattern.compile(
            "(?<![\\w.\\-/$#@])(\\d{2}\\.[0-9A-Z]{1,4}|\\d{3}[FTU])(?![\\w.\\-/])");
    /** The list item just before: "F01.511, " or "0197T, and ". */
    private static final Pattern LISTED_BEFORE = Pattern.compile("([A-Z]?\\d[0-9A-Z]{1,4}(?:\\.[0-9A-Z]{1,4})?)\\s*[,;]\\s*(?:and\\s+|or\\s+)?$");
    private static final PrefilteredPattern MAC_BEFORE = PrefilteredPattern.compile("\\bMAC\\s*$");
    /** "09101 - MAC A", and a contractor named with its number and type: "Palmetto GBA (01192, MAC - Part B)". */
    private static final Pattern MAC_AFTER = Pattern.compile("\\s*(?:[-–]|,)\\s*(?:MAC|DME)\\b");
    /** "retired for contractors 00821, 03102, 03302 and 03602". */
    private static final PrefilteredPattern CONTRACTOR_LIST = PrefilteredPattern.compile("(?i)\\bcontractors?(?:\\s+numbers?)?\\s+(?:\\d{5}(?:\\s*(?:,|;|&|and)\\s*)*)*$");
    private static final Pattern BARE_FIVE_DIGITS = Pattern.compile("\\s*\\d{5}\\s*");
    private static final int MAX_CONTRACTOR_COLUMN = 40;
    private static final Pattern CONTRACTOR_HEADING = Pattern.compile("(?i)\\bcontract(?:or)?\\s+(?:number|no\\.|#)");
    /** Longer lines are flattened text, not one table row. */
    private static final int MAX_ROW = 300;
    private static final int KEYWORD_REACH = 200;
    /** A parenthesis holding only codes: "(0037U)", "(63650, 63655 and 95972)". */
    private static final Pattern CODE_PARENTHESIS = Pattern.compile(
            "\\(\\s*" + BARE + "(?:\\s*(?:,|;|/|,?\\s*and|,?\\s*or)\\s*" + BARE + ")*\\s*\\)");
    private static final int RUN_REACH = 200;
    private static final Pattern CODE_RUN = Pattern.compile(
            "(?<![\\w.])" + BARE + "(?:\\s*(?:,|;|&|,?\\s*and|,?\\s*or)\\s*" + BARE + "(?![\\w]|\\.\\w)){2,}");
    /**
     * A table's code columns read across: "27437 27438 27440". Bare numbers in a row are also a ZIP list
     * or a column of amounts, so this run counts only where its line named codes shortly before.
     */
    private static final Pattern SPACED_RUN = Pattern.compile(
            "(?<![\\w.])" + CPT_OR_HCPCS + "(?:[ \\t]+" + CPT_OR_HCPCS + "(?![\\w]|\\.\\w)){2,}");
    private static final Pattern CODE_TOKEN = Pattern.compile(CPT_OR_HCPCS);
    /** A list item's drug name, its generic name in brackets, and the comma before the code. */
    private static final Pattern DRUG_ITEM_LEAD = Pattern.compile("\\s*[•·▪◦●○■□➢►–*-]\\s+\\p{L}[\\p{L}\\d .'-]{1,40}(?:\\([^()]{1,60}\\))?\\s*,\\s*");
    private static final Pattern HCPCS_TOKEN = Pattern.compile(CodeFormat.HCPCS_SHAPE + "(?!\\w)");
    /**
     * A table's cells run together by a page scrape: "91022Q0035S0142S0157". Read as five-character
     * codes only when every chunk is one and a letter shows the run is no number (an NPI, a phone).
     */
    private static final Pattern GLUED = Pattern.compile("(?<![\\w.\\-/$#@])(?:" + CPT_OR_HCPCS + "){2,}(?![\\w/])");
    private static final Pattern GLUED_CHUNK = Pattern.compile("(" + CPT_OR_HCPCS + ")");
    /** A table row whose code cell lost the space before its description: "97810Acupuncture, 1 or more needles". */
    private static final PrefilteredPattern GLUED_ROW = PrefilteredPattern.compile("(?m)^[ \\t\\-•*·|]*(" + CPT_OR_HCPCS + ")(?=\\p{Lu}\\p{Ll})");
    /** An update table's row, flattened or not, on a line that names codes: "Added/PA Required 81503", "End-dated: 0042T". */
    private static final Pattern CHANGED_BEFORE = Pattern.compile(
            "(?i)\\b(?:added|removed|deleted|end[- ]dated|discontinued|required)\\b[\\s/:,-]*$");
    private static final PrefilteredPattern ICD9 = PrefilteredPattern.compile("(?i)\\bICD-?9\\b");
    private static final PrefilteredPattern ICD10 = PrefilteredPattern.compile("(?i)\\bICD[\\s\\-‐‑–—]?10");
    /** ICD-9's supplementary codes, which ICD-10-CM's shape also fits: "V85.35" (a BMI), "E880.9". */
    private static final Pattern ICD9_SHAPED = Pattern.compile("[VE]\\d{2,3}(?:\\.\\d{1,2})?");
    private static final Pattern CODES_NAMED = Pattern.compile("(?i)(?<!zip\\s)\\b(?:codes?|cpt®?|hcpcs)\\b");
    /** A flattened table row: the code, then its description. */
    private static final Pattern DESCRIBED = Pattern.compile("[*†]*\\s+[A-Z(\"“]");
    private static final Pattern ICD10_INTRO = Pattern.compile("(?i)\\bICD-?10(?:-CM)?\\s+(?:diagnosis\\s+)?codes?\\b");
    private static final int ICD10_REACH = 1000;
    /** Longest description between two entries of one flattened listing ("C67.9 Malignant neoplasm of bladder C73"). */
    private static final int LISTING_GAP = 160;
    private static final int LEAD_REACH = 300;

    private final ScopedDeterminations scoped;

    public CodeExtractor(ScopedDeterminations scoped) {
        this.scoped = scoped;
    }

    public CodeFindings extract(SourceText text, DocKind kind, List<Flag> flags) {
        if (kind == DocKind.INFORMATIONAL) {
            return new CodeFindings(List.of(), List.of());
        }
        Map<String, ExtractedCode> codes = new LinkedHashMap<>();
        Map<String, CodeRange> ranges = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        Map<Integer, CodeTables.Row> rowsByLine = new LinkedHashMap<>();
        Lookups lookups = new Lookups(rowsByLine, new java.util.HashMap<>(), new java.util.HashMap<>());
        for (CodeTables.Row row : CodeTables.codeRows(text)) {
            rowsByLine.put(row.line().start(), row);
            if (!row.codeCellValid() && text.sections().kindAt(row.line().start()).carriesCodes()) {
                flags.add(new Flag(FlagKind.MALFORMED_CODE, row.line().text().strip(), text.provenance(row.line().start(), row.line().end())));
            }
        }
        String s = text.text();
        List<MatchResult> tokens = withGluedCodes(s, TOKEN.findAll(s));
        // A contractor table repeated in another column layout lists the same numbers bare.
        Set<String> contractNumbers = new java.util.HashSet<>();
        for (MatchResult t : tokens) {
            if (t.group(1).length() == 5 && isContractNumber(text, t.start(), text.lineAt(t.start()))) {
                contractNumbers.add(t.group(1));
            }
        }
        // A document from before ICD-10 (it names ICD-9 only): its "V85.35" is an ICD-9 code that looks like ICD-10-CM.
        boolean icd9Only = ICD9.foundIn(s) && !ICD10.foundIn(s);
        boolean[] inRange = new boolean[s.length() + 1];
        List<Integer> icdRangeEnds = new ArrayList<>();
        for (MatchResult r : RANGE.findAll(s)) {
            Optional<CodeSystem> from = CodeFormat.systemOf(r.group(1), true);
            if (from.isPresent() && from.equals(CodeFormat.systemOf(r.group(2), true)) && !(icd9Only && ICD9_SHAPED.matcher(r.group(1)).matches())
                    && accepted(text, kind, r.start(), true, contractNumbers)) {
                for (int i = r.start(); i < r.end(); i++) {
                    inRange[i] = true;
                }
                if (from.get() == CodeSystem.ICD10CM) {
                    icdRangeEnds.add(r.end());
                }
                Determination d = determinationsAt(text, r.start(), lookups).stream().findFirst().map(Scoped::determination).orElse(null);
                ranges.putIfAbsent(r.group(1) + "-" + r.group(2), new CodeRange(r.group(1), r.group(2), from.get(), d, text.provenance(r.start(), r.end())));
            }
        }
        int lastIcdEnd = Integer.MIN_VALUE / 2;
        int lastCodeEnd = Integer.MIN_VALUE / 2;
        Optional<CodeSystem> lastCodeSystem = Optional.empty();
        int nextIcdRange = 0;
        for (MatchResult t : tokens) {
            while (nextIcdRange < icdRangeEnds.size() && icdRangeEnds.get(nextIcdRange) <= t.start()) {
                lastIcdEnd = Math.max(lastIcdEnd, icdRangeEnds.get(nextIcdRange++));
            }
            if (inRange[t.start()] || !text.sections().kindAt(t.start()).carriesCodes()) {
                continue; // a range's end, or a section whose numbers are no codes (as accepted() would say, but cheaply)
            }
            boolean listed = LINE_START.matcher(text.lineAt(t.start()).text()).find();
            Optional<CodeSystem> system = CodeFormat.systemOf(t.group(1), listed);
            if (system.isEmpty() && !listed && CodeFormat.systemOf(t.group(1), true).isPresent()
                    && (t.start() - lastIcdEnd <= LISTING_GAP || introducedAsIcd10(s, t.start()))) {
                system = CodeFormat.systemOf(t.group(1), true);
            }
            boolean nextRow = system.isPresent() && system.equals(lastCodeSystem) && nextRowOfFlattenedTable(text, t, lastCodeEnd);
            if (system.isEmpty() || icd9Only && system.get() == CodeSystem.ICD10CM && ICD9_SHAPED.matcher(t.group(1)).matches()
                    || !accepted(text, kind, t.start(), listed || nextRow, contractNumbers)) {
                continue;
            }
            lastCodeEnd = t.end();
            lastCodeSystem = system;
            if (system.get() == CodeSystem.ICD10CM) {
                lastIcdEnd = t.end();
            }
            for (Scoped sd : determinationsAt(text, t.start(), lookups)) {
                ExtractedCode code = new ExtractedCode(t.group(1), system.get(), sd.determination(), sd.lines(),
                        text.provenance(t.start(), t.end(), text.lineAt(t.start()).text().strip()));
                // A code listed twice counts once per scope and determination; a prose mention adds
                // nothing once the code is known, but two listings may decide differently (42145 under
                // "medically necessary" and under "not medically necessary").
                String scopeKey = code.code() + "|" + code.productLines();
                if (listed || !seen.contains(scopeKey)) {
                    codes.putIfAbsent(scopeKey + "|" + code.determination(), code);
                    seen.add(scopeKey);
                }
            }
        }
        flagMalformedListItems(text, flags);
        return new CodeFindings(new ArrayList<>(codes.values()), new ArrayList<>(ranges.values()));
    }

    /** The tokens, with each code of a glued run ({@link #GLUED}) in its place among them. */
    private static List<MatchResult> withGluedCodes(String s, List<MatchResult> tokens) {
        List<MatchResult> chunks = new ArrayList<>();
        Matcher chunk = GLUED_CHUNK.matcher(s);
        Matcher glued = GLUED.matcher(s).useTransparentBounds(true); // its lookarounds see the characters around the run
        for (int start = 0; start < s.length(); ) {
            // Most text has no run of ten capitals and digits: find one by hand before asking the expression.
            int end = start;
            while (end < s.length() && isUpperOrDigit(s.charAt(end))) {
                end++;
            }
            int runStart = start;
            start = end == start ? start + 1 : end;
            if (end - runStart < 10 || !containsLetter(s, runStart, end) || !glued.region(runStart, end).matches()) {
                continue;
            }
            MatchResult run = glued.toMatchResult();
            for (int at = run.start(); at < run.end(); at += 5) {
                chunk.region(at, at + 5).matches(); // true: GLUED matched the run as five-character codes
                chunks.add(chunk.toMatchResult());
            }
        }
        for (MatchResult row : GLUED_ROW.findAll(s)) {
            chunk.region(row.start(1), row.end(1)).matches(); // true: the row's code cell is one code
            chunks.add(chunk.toMatchResult());
        }
        if (chunks.isEmpty()) {
            return tokens;
        }
        List<MatchResult> all = new ArrayList<>(tokens);
        all.addAll(chunks);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean containsLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comma-separated list of codes with an item that is almost a code ("F01.511, 01.518, F01.52",
     * "0192T, 0197T, and 085T"): a typo in the list, flagged like a malformed table row and never
     * stored as a code.
     */
    private static void flagMalformedListItems(SourceText text, List<Flag> flags) {
        String s = text.text();
        for (MatchResult item : ALMOST_A_CODE.findAll(s)) {
            SourceText.Line line = text.lineAt(item.start());
            Matcher previous = LISTED_BEFORE.matcher(s.substring(Math.max(line.start(), item.start() - 14), item.start()));
            if (previous.find() && CodeFormat.systemOf(previous.group(1), true).isPresent()
                    && text.sections().kindAt(item.start()).carriesCodes()) {
                flags.add(new Flag(FlagKind.MALFORMED_CODE, item.group(1), text.provenance(item.start(1), item.end(1),
                        line.text().strip())));
            }
        }
    }

    /**
     * A table flattened onto one long line keeps each row's code a description after the last row's
     * ("15775 Punch graft ... PPO/HMO 15776 Punch graft ..."): a code of the same system (checked by
     * the caller) on the same line, within a description's length of the last code, with no sentence
     * ending between them and a description after it, is the next row.
     */
    private static boolean nextRowOfFlattenedTable(SourceText text, MatchResult code, int lastCodeEnd) {
        SourceText.Line line = text.lineAt(code.start());
        String s = text.text();
        return line.text().length() > MAX_ROW && lastCodeEnd >= line.start() && code.start() - lastCodeEnd <= LISTING_GAP
                && !SENTENCE_END.matcher(s).region(lastCodeEnd, code.start()).find()
                && DESCRIBED.matcher(s).region(code.end(), line.end()).lookingAt();
    }

    /**
     * Flattened text loses line starts; a bare category (C52) still counts under an "ICD-10 codes"
     * heading, and (checked by the caller) right after another ICD-10 entry of the same listing.
     */
    private static boolean introducedAsIcd10(String s, int at) {
        return ICD10_INTRO.matcher(s.substring(Math.max(0, at - ICD10_REACH), at)).find();
    }

    private static boolean accepted(SourceText text, DocKind kind, int at, boolean listed, Set<String> contractNumbers) {
        SourceText.Line line = text.lineAt(at);
        String around = text.text().substring(Math.max(line.start(), at - REFERENCE_REACH), Math.min(line.end(), at + REFERENCE_REACH));
        if (!text.sections().kindAt(at).carriesCodes() || REFERENCE.foundIn(around)) {
            return false;
        }
        String before = text.text().substring(Math.max(line.start(), at - 30), at);
        String listBefore = text.text().substring(Math.max(line.start(), at - DRUG_NUMBER_REACH), at);
        if (ZIP.foundIn(before) || TRANSMITTAL.foundIn(before) || NUMBER_LABEL_BEFORE.foundIn(before) || DRUG_NUMBER_BEFORE.foundIn(listBefore)
                || isContractNumber(text, at, line)
                || BARE_FIVE_DIGITS.matcher(line.text()).matches() && contractNumbers.contains(line.text().strip())) {
            return false;
        }
        if (listed || kind == DocKind.PAYER_POLICY || text.sections().kindAt(at) == SectionKind.CODING) {
            return true;
        }
        String reach = text.text().substring(Math.max(0, at - KEYWORD_REACH), at);
        int sentenceEnd = Math.max(reach.lastIndexOf(". "), reach.lastIndexOf(".\n"));
        return KEYWORD.matcher(reach.substring(sentenceEnd + 1)).find()
                || CHANGED_BEFORE.matcher(before).find() && KEYWORD.matcher(line.text()).find()
                || inCodeParenthesis(line, at) || inRun(CODE_RUN, line, at)
                || codesNamedBefore(text, line, at) && inRun(SPACED_RUN, line, at)
                || drugCodeOfAListItem(text, line, at);
    }

    /**
     * A notice's list item naming a drug and its HCPCS code: "• Truxima (Rituximab-abbs), Q5115 (preferred)".
     * A letter and four digits in a list item is a code; a bare number there may be a dose or a count.
     */
    private static boolean drugCodeOfAListItem(SourceText text, SourceText.Line line, int at) {
        return DRUG_ITEM_LEAD.matcher(text.text()).region(line.start(), at).matches()
                && HCPCS_TOKEN.matcher(text.text()).region(at, Math.min(line.end(), at + 6)).lookingAt();
    }

    /** Codes named on the line within reach of where the run of codes starts ("CPT or HCPCS Codes ... required. 27437 27438 ..."). */
    private static boolean codesNamedBefore(SourceText text, SourceText.Line line, int at) {
        String s = text.text();
        int runStart = at;
        while (true) {
            int gap = runStart;
            while (gap > line.start() && (s.charAt(gap - 1) == ' ' || s.charAt(gap - 1) == '\t')) {
                gap--;
            }
            int token = gap;
            while (token > line.start() && Character.isLetterOrDigit(s.charAt(token - 1))) {
                token--;
            }
            if (gap == runStart || !CODE_TOKEN.matcher(s).region(token, gap).matches()) {
                break;
            }
            runStart = token;
        }
        return CODES_NAMED.matcher(s).region(Math.max(line.start(), runStart - KEYWORD_REACH), runStart).find();
    }

    /** "G93.31, G93.32, G93.39 and M62.5A0": three or more codes in a row are a listing, whatever the prose around them. */
    private static boolean inRun(Pattern runs, SourceText.Line line, int at) {
        // Only the neighbourhood: a flattened one-line document must not be rescanned per token.
        int from = Math.max(0, at - line.start() - RUN_REACH);
        Matcher run = runs.matcher(line.text()).useTransparentBounds(true)
                .region(from, Math.min(line.text().length(), at - line.start() + RUN_REACH));
        int offset = at - line.start();
        while (run.find()) {
            if (run.start() <= offset && offset < run.end()) {
                return true;
            }
            if (run.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /**
     * A Medicare contractor's five-digit number (codes billed to a DME MAC stay codes): on a
     * contractor's row, beside its contract type ("A and B MAC 09101 - MAC A", rows an MCD export
     * flattens onto one line), in a list after "contractors", or in a column under "Contractor Number".
     */
    private static boolean isContractNumber(SourceText text, int at, SourceText.Line line) {
        String s = text.text();
        if (at + 5 > s.length() || !FIVE_DIGITS.matcher(s).region(at, Math.min(s.length(), at + 6)).lookingAt()) {
            return false;
        }
        if (line.text().length() <= MAX_ROW && CONTRACTOR_ROW.foundIn(line.text())) {
            return true;
        }
        String before = s.substring(Math.max(line.start(), at - CONTRACT_REACH), at);
        String after = s.substring(at + 5, Math.min(line.end(), at + 5 + CONTRACT_REACH));
        return MAC_BEFORE.foundIn(before) || MAC_AFTER.matcher(after).lookingAt()
                || CONTRACTOR_LIST.foundIn(before) || underContractorHeading(text, line);
    }

    /** A column of bare numbers whose heading (a line or two above the first) names contractor numbers. */
    private static boolean underContractorHeading(SourceText text, SourceText.Line line) {
        if (!BARE_FIVE_DIGITS.matcher(line.text()).matches()) {
            return false;
        }
        List<SourceText.Line> lines = text.lines();
        int i = text.lineIndexAt(line.start()) - 1;
        int lowest = Math.max(0, i - MAX_CONTRACTOR_COLUMN); // contractor columns are short: a long column is codes
        while (i >= lowest && BARE_FIVE_DIGITS.matcher(lines.get(i).text()).matches()) {
            i--;
        }
        for (int heading = i; heading >= 0 && heading >= i - 1; heading--) {
            if (CONTRACTOR_HEADING.matcher(lines.get(heading).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "hyperbaric oxygen therapy (G0277 and 99183)": a bulletin names a service's codes in parentheses. */
    private static boolean inCodeParenthesis(SourceText.Line line, int at) {
        String t = line.text();
        int offset = at - line.start();
        int open = t.lastIndexOf('(', offset);
        int close = t.indexOf(')', offset);
        return open >= 0 && close > offset && t.lastIndexOf(')', offset) < open
                && CODE_PARENTHESIS.matcher(t.substring(open, close + 1)).matches();
    }

    private record Scoped(Determination determination, Set<ProductLine> lines) {
    }

    /**
     * What one document's codes share: its table rows by line, and, found once rather than once per
     * code, each line's lead text and what a text decides (the codes of a row or a list item all ask).
     */
    private record Lookups(Map<Integer, CodeTables.Row> rows, Map<Integer, String> leadByLine,
            Map<String, List<Scoped>> decided) {
    }

    /** The row's own determination, else those of the nearest lead text above; one entry with nulls when none. */
    private List<Scoped> determinationsAt(SourceText text, int at, Lookups lookups) {
        SourceText.Line line = text.lineAt(at);
        CodeTables.Row row = lookups.rows().get(line.start());
        String own = row != null ? String.join(" | ", row.cells().subList(1, row.cells().size()))
                : LINE_START.matcher(line.text()).find() ? line.text() : "";
        boolean listItem = own.isEmpty() && BULLET.matcher(line.text()).find();
        if (listItem) {
            own = line.text(); // a list item naming a service and its code: the item, else the list's lead line decides
        }
        List<Scoped> found = toScoped(own, lookups);
        if (found.isEmpty() && row == null && own.isEmpty()) {
            // Prose: the sentence decides, not a heading far above it.
            found = toScoped(sentenceAround(text, at), lookups);
        } else if (found.isEmpty()) {
            // Flattened text has no lines to look up: the words before the code lead it.
            found = toScoped(line.text().length() > 2 * LEAD_REACH
                    ? text.text().substring(Math.max(line.start(), at - LEAD_REACH), at)
                    : lookups.leadByLine().computeIfAbsent(line.start(), start -> leadLine(text, line, listItem)), lookups);
        }
        return found.isEmpty() ? List.of(new Scoped(null, Set.of())) : found;
    }

    private List<Scoped> toScoped(String text, Lookups lookups) {
        return lookups.decided().computeIfAbsent(text, this::toScoped);
    }

    private List<Scoped> toScoped(String text) {
        List<ScopedDeterminations.Scoped> all = scoped.in(text);
        if (all.isEmpty()) {
            return List.of();
        }
        List<Scoped> out = new ArrayList<>();
        boolean perLine = all.stream().anyMatch(s -> !s.lines().isEmpty());
        for (ScopedDeterminations.Scoped s : perLine ? all : all.subList(all.size() - 1, all.size())) {
            out.add(new Scoped(s.determination(), s.lines()));
        }
        return out;
    }

    private static String sentenceAround(SourceText text, int at) {
        String s = text.text();
        int from = Math.max(Math.max(s.lastIndexOf(". ", at), s.lastIndexOf('\n', at)) + 1, at - LEAD_REACH);
        int to = s.indexOf(". ", at);
        return s.substring(from, to < 0 || to - at > LEAD_REACH ? Math.min(s.length(), at + LEAD_REACH) : to);
    }

    /**
     * The line that introduces a row's codes: the nearest earlier line without codes in the same
     * section that decides something; for a list item, not a sibling item.
     */
    private static String leadLine(SourceText text, SourceText.Line line, boolean skipListItems) {
        int sectionStart = text.sections().sectionStart(line.start());
        if (sectionStart > 0 && text.lineAt(sectionStart).text().contains("\t")) {
            // The table's own header row ("CPT® Codes<tab>Description") opened the section: its lead is above it.
            sectionStart = text.sections().sectionStart(sectionStart - 1);
        }
        List<SourceText.Line> lines = text.lines();
        int i = text.lineIndexAt(line.start());
        for (int j = i - 1; j >= 0 && lines.get(j).start() >= sectionStart; j--) {
            String t = lines.get(j).text();
            if (!t.isBlank() && !TOKEN.foundIn(t) && !(skipListItems && BULLET.matcher(t).find())
                    && !DeterminationPhrases.find(t).isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
