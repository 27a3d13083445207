package com.policyledger.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product lines a policy is scoped to, from four kinds of evidence: a heading that names only
 * product lines ("Medicare Advantage Plans", "Commercial Products"), a line-of-business field
 * ("LOB: Medicaid, CHP, QHP"), a scoping sentence ("addresses pemetrexed for commercial
 * medical plans"), and a tag in a web page's breadcrumb at the top ("Provider News > Commercial >
 * May 2024", or the same flattened to "Provider NewsCommercialMay 2024"). Boilerplate (a Medicaid precedence note), carve-outs sent to other programs'
 * guidelines and links ("For Medicare criteria, see ...") are not scope.
 */
public final class ProductLineExtractor implements Extractor<List<Located<ProductLine>>> {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)(plans?|products?|members?|lines?|of|business|and|&|only|programs?|policies|for|all|the|benefits?|[,/\\-:()]|\\s"
                    // plan types and brand words of a scope heading ("Commercial Members: Managed Care (HMO and POS), PPO")
                    + "|managed\\s+care|hmo|ppo|pos|epo|pffs|indemnity|blue\\w*"
                    // a line's own programs in brackets: "Medicaid (STAR, STAR Health, STAR+PLUS), and CHIP"
                    + "|\\((?-i:[\\s,]*+(?:[A-Z][\\w+&.-]*+[\\s,]*+)*+)\\))*");
    private static final PrefilteredPattern LOB_FIELD = PrefilteredPattern.compile(
            "(?i)\\b(?:LOB|lines?\\s+of\\s+business|product\\s+lines?|plan\\s+types?|products?\\s+covered|products?|applies\\s+to"
                    + "|applicable\\s+(?:to|plans|products)|plans?\\s+affected)\\s*:[ \\t]*([^\\n]{0,200})");
    /** A table's column header naming lines of business: "Applicable Products", "Line(s) of Business", "LOB". */
    private static final Pattern LOB_COLUMN = Pattern.compile("(?i)(?:applicable\\s+|impacted\\s+|affected\\s+)?(?:LOBs?|LOB\\(s\\)"
            + "|lines?\\s+of\\s+business|line\\(s\\)\\s+of\\s+business|product\\s+lines?|products?|product\\(s\\)|plan\\s+types?|plans?)"
            + "(?:\\s+(?:affected|impacted))?");
    private static final int MAX_LIST_ITEMS = 10;
    private static final Pattern EXCLUSION = Pattern.compile("(?i)\\b(?:excluding|except|other\\s+than|but\\s+not|does\\s+not\\s+apply)\\b");
    private static final Pattern NEXT_LABEL = Pattern.compile("\\s(?:[A-Z][\\w]*\\s)?[A-Z][\\w]*:");
    private static final Pattern SCOPE_VERB = Pattern.compile("(?i)\\b(?:appl(?:y|ies)\\s+to|applicable\\s+to|addresses|for|covers|(?<!\\bnot\\s)(?<!n['’]t\\s)affects?)\\b[^.;\\n]{0,80}$");
    private static final Pattern SCOPE_NOUN = Pattern.compile(
            "(?i)^(?:\\s*\\([^()\\n]{1,40}\\))?\\s+(?:medical\\s+|benefit\\s+|health\\s+)?(?:plans?|products?|programs?|members|lines?\\s+of\\s+business|enrollees|beneficiaries|business)\\b");
    /**
     * "and", a comma..., and a brand the next line is sold under: "Medicare Advantage and UnitedHealthcare
     * commercial plans", "Medicare Advantage and EOCCO/OHP plans".
     */
    private static final Pattern COORDINATOR = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|&|and/or)\\s*(?-i:\\p{Lu}[\\w-]*[®™]?(?:\\s+|/)){0,2}");
    /** A mention that is itself a plan ("Medicare HMO Blue", "D-SNP") needs no "plans" after it. */
    private static final Pattern PLAN_TYPE = Pattern.compile("(?i)\\b(?:HMO|PPO|PFFS|SNPs?|plans?)$");
    /**
     * "(Commercial only)", "Medicaid members only.": a restriction to the line is its scope, whatever the verb;
     * the adverb is not ("Medicare only covers this test once").
     */
    private static final Pattern ONLY = Pattern.compile("(?i)^\\s+(?:members\\s+|plans?\\s+|products?\\s+)?only(?=\\s*(?:[),;:.\\n]|$))");
    private static final Pattern NOT_SCOPE = Pattern.compile(
            "(?i)\\bsee\\b|refer to|conflict|precedence|follow\\s+\\w+\\s+guidelines|not\\s+address|does not apply|excluded from"
                    + "|\\bseparate\\b|accessible"
                    // Deference to Medicare's own rules: "For Medicare members, to ensure consistency with the
                    // Medicare National Coverage Determinations (NCD) ..., all applicable NCDs ... should be reviewed".
                    + "|consistency\\s+with"
                    // "... applicable to members enrolled in Medicare Advantage plans only if there are no criteria
                    // established ... in a CMS national coverage determination": Medicare's rules come first.
                    + "|\\bonly\\s+if\\s+there\\s+(?:is|are)\\s+no\\b|\\bin\\s+the\\s+absence\\s+of\\s+(?:an?\\s+|applicable\\s+)?(?:ncds?|lcds?|national|local)\\b"
                    // A pointer to another program's documents: "To view Medical Policies applicable to members of
                    // the Federal Employee Program (FEP), visit fepblue.org".
                    + "|\\bto\\s+view\\b|\\bvisit\\s+(?:www\\.)?[\\w-]+\\.(?:org|com|gov|net)\\b");
    private static final int MAX_HEADING_WORDS = 10;
    /** Breadcrumbs and tags are printed above the title: only the first lines are read for them. */
    private static final int BREADCRUMB_CHARS = 300;
    /** A breadcrumb is a short line; a longer one is prose or a flattened page. */
    private static final int MAX_BREADCRUMB_LINE = 150;
    /** Breadcrumb separators, and the seam where a flattened page glued two links ("GuidelinesCommercial"). */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:[>|»›/•]|::)\\s*|(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\\d)");

    /** Mastheads are printed above the title: only the first lines are read for them. */
    private static final int MASTHEAD_LINES = 4;
    /**
     * A bracket holding only lines of business after a policy's name (checked apart: a capitalised word before it, the
     * name's end after it).
     */
    private static final PrefilteredPattern TAG = PrefilteredPattern.compile("\\(([^()\\n]{3,60})\\)");
    private static final Pattern TAG_END = Pattern.compile("\\s*(?:[:,;.–—-]|$)");
    private static final Pattern NAME_BEFORE_TAG = Pattern.compile("\\p{Lu}[\\w-]*\\s$");
    private static final int ABBREVIATED_REACH = 80;
    private static final int MENU_ENTRIES = 6;
    private static final int MENU_LINES = 30;
    private static final int MENU_ENTRY_WORDS = 4;
    private static final Pattern MENU_ENTRY = Pattern.compile("\\p{L}[\\p{L}\\s&'’/-]*");

    private final ProductLineVocabulary vocabulary;
    private final Masthead masthead;

    public ProductLineExtractor(ProductLineVocabulary vocabulary, PayerDirectory payers) {
        this.vocabulary = vocabulary;
        this.masthead = new Masthead(payers, vocabulary);
    }

    @Override
    public List<Located<ProductLine>> extract(SourceText text, List<Flag> flags) {
        return underHeadings(text, scopeHeadings(text));
    }

    /** As {@link #extract}, with the document's scope headings already found. */
    public List<Located<ProductLine>> underHeadings(SourceText text, List<ScopeHeading> headings) {
        Map<ProductLine, Located<ProductLine>> found = new EnumMap<>(ProductLine.class);
        for (ScopeHeading h : headings) {
            h.lines().forEach(line -> found.putIfAbsent(line, new Located<>(line, h.where())));
        }
        for (MatchResult lob : LOB_FIELD.findAll(text.text())) {
            String value = cut(lob.group(1));
            int valueEnd = lob.start(1) + value.length();
            if (value.isBlank()) {
                // "Impacted products:" over a bulleted list of them.
                valueEnd = bulletListEnd(text.text(), lob.end());
                value = text.text().substring(lob.end(), valueEnd);
            }
            Provenance where = text.provenance(lob.start(), valueEnd);
            vocabulary.linesIn(withoutExclusions(value)).forEach(line -> found.putIfAbsent(line, new Located<>(line, where)));
        }
        tableColumns(text, found);
        scopeSentences(text, found);
        scopeTags(text, found);
        breadcrumbTags(text, found);
        mastheadLines(text, found);
        return new ArrayList<>(found.values());
    }

    /** Each line of a field's value up to an exclusion: "All commercial products excluding Medicare Advantage" names Commercial. */
    private static String withoutExclusions(String value) {
        StringBuilder kept = new StringBuilder();
        for (String line : value.split("\n", -1)) {
            Matcher except = EXCLUSION.matcher(line);
            kept.append(except.find() ? line.substring(0, except.start()) : line).append('\n');
        }
        return kept.toString();
    }

    /** Where the bulleted list starting on the line after {@code from} (blank lines allowed before it) ends. */
    private static int bulletListEnd(String s, int from) {
        int end = from;
        int at = s.indexOf('\n', from);
        for (int items = 0; at >= 0 && items < MAX_LIST_ITEMS; ) {
            int lineEnd = s.indexOf('\n', at + 1);
            String line = s.substring(at + 1, lineEnd < 0 ? s.length() : lineEnd);
            if (CodeExtractor.BULLET.matcher(line).find()) {
                end = lineEnd < 0 ? s.length() : lineEnd;
                items++;
            } else if (!line.isBlank() || items > 0) {
                break;
            }
            at = lineEnd;
        }
        return end;
    }

    /**
     * A table with a column of lines of business ("Policy | Applicable Products | Summary", then a row per policy):
     * the lines its rows name, up to the first line that is no row of the table.
     */
    private void tableColumns(SourceText text, Map<ProductLine, Located<ProductLine>> found) {
        List<SourceText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String header = lines.get(i).text();
            char separator = header.indexOf('|') >= 0 ? '|' : '\t';
            if (header.indexOf(separator) < 0) {
                continue; // no table row: most lines
            }
            List<String> headerCells = CodeTables.cells(header, separator);
            int column = -1;
            for (int c = 0; c < headerCells.size() && headerCells.size() > 1; c++) {
                if (LOB_COLUMN.matcher(headerCells.get(c)).matches()) {
                    column = c;
                }
            }
            if (column < 0 || !scopeAllowed(text.sections().kindAt(lines.get(i).start()))) {
                continue;
            }
            for (i++; i < lines.size() && lines.get(i).text().indexOf(separator) >= 0; i++) {
                SourceText.Line row = lines.get(i);
                List<String> rowCells = CodeTables.cells(row.text(), separator);
                if (column < rowCells.size()) {
                    Provenance where = text.provenance(row.start(), row.end());
                    vocabulary.linesIn(withoutExclusions(rowCells.get(column)))
                            .forEach(line -> found.putIfAbsent(line, new Located<>(line, where)));
                }
            }
        }
    }

    /** "UnitedHealthcare® Commercial Medical Policy" above the title scopes the policy to Commercial. */
    private void mastheadLines(SourceText text, Map<ProductLine, Located<ProductLine>> found) {
        text.headLines(MASTHEAD_LINES).forEach(line -> {
            String t = line.text().strip();
            Set<ProductLine> named = masthead.linesOf(t).orElseGet(() -> masthead.linesRunIntoTitle(t));
            // A masthead without its payer is the weakest evidence: a plan's "Medicare Medical Policy" is for the
            // Medicare Advantage plans its statements name.
            (named.isEmpty() && found.isEmpty() ? masthead.linesOfUnnamed(t) : named).forEach(l -> found.putIfAbsent(l,
                    new Located<>(l, text.provenance(line.start(), line.end()))));
        });
        if (!text.lines().isEmpty()) {
            SourceText.Line first = text.lines().get(0);
            masthead.statePrograms(text).forEach(l -> found.putIfAbsent(l, new Located<>(l, text.provenance(first.start(), first.end()))));
        }
    }

    private void scopeSentences(SourceText text, Map<ProductLine, Located<ProductLine>> found) {
        String s = text.text();
        int[] mentionStarts = vocabulary.mentionStarts(s);
        int nextMention = 0;
        for (int at = 0; at < s.length(); ) {
            int until = sentenceEnd(s, at);
            int sentenceStart = at;
            at = until;
            while (at < s.length() && isSpace(s.charAt(at))) {
                at++;
            }
            while (nextMention < mentionStarts.length && mentionStarts[nextMention] < sentenceStart) {
                nextMention++;
            }
            if (nextMention == mentionStarts.length || mentionStarts[nextMention] >= until
                    || !scopeAllowed(text.sections().kindAt(mentionStarts[nextMention]))) {
                // No product line named in this sentence, or named in a section that does not scope (the section
                // of the name, not of the sentence's start: "(abc)" closing a history row runs into the heading below).
                continue;
            }
            String sentence = s.substring(sentenceStart, until);
            List<ProductLineVocabulary.Mention> mentions = vocabulary.mentions(sentence);
            if (mentions.isEmpty() || NOT_SCOPE.matcher(sentence).region(nearFirstMention(sentence, mentions), sentence.length()).find()) {
                continue;
            }
            for (int i = 0; i < mentions.size(); i++) {
                ProductLineVocabulary.Mention m = mentions.get(i);
                // "the Commercial and Medicare Advantage programs": the noun after the last names them all.
                ProductLineVocabulary.Mention last = lastCoordinated(sentence, mentions, i);
                boolean namesAPlan = PLAN_TYPE.matcher(sentence.substring(m.start(), m.end())).find();
                boolean scoped = (namesAPlan || SCOPE_NOUN.matcher(sentence.substring(last.end())).lookingAt())
                        && SCOPE_VERB.matcher(sentence.substring(Math.max(0, m.start() - 100), m.start())).find();
                if (scoped || ONLY.matcher(sentence.substring(last.end())).lookingAt()) {
                    found.putIfAbsent(m.line(), new Located<>(m.line(), text.provenance(sentenceStart, until)));
                }
            }
        }
    }

    /** The last of the mentions joined to mention {@code i} by "and", "or", "&" or commas. */
    private static ProductLineVocabulary.Mention lastCoordinated(String sentence, List<ProductLineVocabulary.Mention> mentions, int i) {
        int j = i;
        while (j + 1 < mentions.size() && mentions.get(j + 1).start() > mentions.get(j).end()
                && COORDINATOR.matcher(sentence.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
            j++;
        }
        return mentions.get(j);
    }

    /**
     * Where a sentence's disclaimers are read from: up to three lines before its first mention (a
     * hard-wrapped "To view ... applicable to" or "refer to ..." runs over a few), but not above a line
     * ending with a colon, which introduces what follows it. A "sentence" of unpunctuated lines may start far
     * above ("See the full list on our websites:", a heading, then the lines that scope).
     */
    private static int nearFirstMention(String sentence, List<ProductLineVocabulary.Mention> mentions) {
        int from = mentions.get(0).start();
        for (int lines = 0; lines < 4 && from > 0; lines++) {
            from = sentence.lastIndexOf('\n', from - 1);
            if (from < 0 || sentence.substring(0, from).stripTrailing().endsWith(":")) {
                break;
            }
        }
        return Math.max(0, from + 1);
    }

    /**
     * Where the sentence from {@code from} ends: at whitespace after . ; ! or ? (not after an abbreviation
     * the sentence goes on from: "Effective Aug. 1, 2019"), else at the text's end.
     */
    private static int sentenceEnd(String s, int from) {
        for (int i = Math.max(from, 1); i < s.length(); i++) {
            if (isSpace(s.charAt(i)) && ".;!?".indexOf(s.charAt(i - 1)) >= 0
                    && !(s.charAt(i - 1) == '.' && SentenceSplitter.continuesAfterAbbreviation(s, from, i, nextNonSpace(s, i)))) {
                return i;
            }
        }
        return s.length();
    }

    private static int nextNonSpace(String s, int at) {
        while (at < s.length() && isSpace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * A policy's lines in brackets after its name: "Payment Policy: Prolonged Services (Commercial & Medicare)".
     * Not an abbreviation of the name before it ("Children's Health Insurance Program (CHIP)").
     */
    private void scopeTags(SourceText text, Map<ProductLine, Located<ProductLine>> found) {
        String s = text.text();
        for (MatchResult tag : TAG.findAll(s)) {
            String before = s.substring(Math.max(0, tag.start() - ABBREVIATED_REACH), tag.start());
            if (!NAME_BEFORE_TAG.matcher(before).find()) {
                continue;
            }
            SourceText.Line tagged = text.lineAt(tag.start());
            if (!TAG_END.matcher(s).region(tag.end(), tagged.end()).lookingAt()
                    || NOT_SCOPE.matcher(s).region(tagged.start(), tag.start()).find()) {
                continue; // "Evaluation and Management (Medicare) services", "does not apply to Blue Advantage (Medicare Advantage) members"
            }
            String inside = tag.group(1);
            Set<ProductLine> named = vocabulary.linesIn(inside);
            if (named.isEmpty() || !FILLER.matcher(vocabulary.withoutMentions(inside)).matches()
                    || !scopeAllowed(text.sections().kindAt(tag.start()))) {
                continue;
            }
            if (vocabulary.mentions(before).stream().anyMatch(m -> m.end() >= before.stripTrailing().length())) {
                continue; // "Federal Employee Program (FEP)": the bracket abbreviates the name before it
            }
            Provenance where = text.provenance(tag.start(), tag.end());
            named.forEach(line -> found.putIfAbsent(line, new Located<>(line, where)));
        }
    }

    private void breadcrumbTags(SourceText text, Map<ProductLine, Located<ProductLine>> found) {
        for (SourceText.Line line : text.lines()) {
            if (line.start() >= BREADCRUMB_CHARS) {
                break;
            }
            if (line.text().length() > MAX_BREADCRUMB_LINE) {
                continue;
            }
            String[] crumbs = CRUMB_SEPARATOR.split(line.text().strip());
            if (crumbs.length < 2) {
                continue;
            }
            for (String crumb : crumbs) {
                Set<ProductLine> lines = vocabulary.linesIn(crumb);
                if (!lines.isEmpty() && FILLER.matcher(vocabulary.withoutMentions(crumb)).matches()) {
                    lines.forEach(l -> found.putIfAbsent(l, new Located<>(l, text.provenance(line.start(), line.end()))));
                }
            }
        }
    }

    /** A line naming only product lines, and where it stands; statements below it are scoped to them. */
    public record ScopeHeading(int offset, Set<ProductLine> lines, Provenance where) {
    }

    public List<ScopeHeading> scopeHeadings(SourceText text) {
        List<ScopeHeading> out = new ArrayList<>();
        List<SourceText.Line> all = text.lines();
        for (int i = 0; i < all.size(); i++) {
            SourceText.Line line = all.get(i);
            String t = line.text().strip();
            if (t.isEmpty() || t.length() > 120 || wordCount(t) > MAX_HEADING_WORDS
                    || !scopeAllowed(text.sections().kindAt(line.start()))) {
                continue;
            }
            Set<ProductLine> lines = vocabulary.linesIn(t);
            if (!lines.isEmpty() && FILLER.matcher(vocabulary.withoutMentions(t)).matches() && !inSiteMenu(all, i)) {
                out.add(new ScopeHeading(line.start(), lines, text.provenance(line.start(), line.end())));
            }
        }
        return out;
    }

    /**
     * Whether line {@code i} is an entry of a saved web page's menu: a run of at least
     * {@value #MENU_ENTRIES} short lines back to back ("News Center", "Provider Manual", "Medicare
     * Advantage", "Research & Teaching"), most of them naming no product line.
     */
    private boolean inSiteMenu(List<SourceText.Line> lines, int i) {
        int first = i;
        while (first > 0 && isMenuEntry(lines.get(first - 1).text())) {
            first--;
        }
        int last = i;
        while (last + 1 < lines.size() && isMenuEntry(lines.get(last + 1).text())) {
            last++;
        }
        if (last - first + 1 < MENU_ENTRIES) {
            return false;
        }
        if (first >= MENU_LINES) {
            return false; // a site's menu is printed above the content
        }
        List<SourceText.Line> run = lines.subList(first, last + 1);
        SectionKind opening = Sections.headingKind(run.get(0).text());
        if (opening == SectionKind.POLICY || opening == SectionKind.CODING
                || lines.subList(0, first).stream().anyMatch(l -> Sections.headingKind(l.text()) != null)) {
            return false; // under a document's heading: a scope heading above a list of items
        }
        long naming = run.stream().filter(l -> !vocabulary.linesIn(l.text()).isEmpty()).count();
        return naming * 2 < run.size();
    }

    /** A menu entry is a few words, no codes or figures (a code list under a scope heading is no menu), no sentence. */
    private static boolean isMenuEntry(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 40 && wordCount(t) <= MENU_ENTRY_WORDS && MENU_ENTRY.matcher(t).matches();
    }

    /** Words of a stripped line, as many as splitting it at whitespace ({@code \\s+}) would give. */
    private static int wordCount(String stripped) {
        int words = 1;
        for (int i = 1; i < stripped.length(); i++) {
            if (isSpace(stripped.charAt(i - 1)) && !isSpace(stripped.charAt(i))) {
                words++;
            }
        }
        return words;
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean scopeAllowed(SectionKind kind) {
        return kind == SectionKind.POLICY || kind == SectionKind.CODING || kind == SectionKind.OTHER;
    }

    private static String cut(String value) {
        Matcher next = NEXT_LABEL.matcher(value);
        return next.find() ? value.substring(0, next.start()) : value;
    }
}
