package com.policyledger.classify;

import com.policyledger.extract.DocKind;
import com.policyledger.extract.PolicyNumberExtractor;
import com.policyledger.extract.SourceText;
import com.policyledger.extract.TitleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.DocumentSampleStream;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.FilterObjectStream;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Payer policy, policy bulletin or informational. An OpenNLP document categorizer, trained once
 * at construction from {@code classify/doc-kinds.train}, reads the wording; structural evidence
 * (policy number, dated header, code listing, coverage statement) then shifts the scores, since
 * an article may sound like a policy but never has a policy's skeleton: with two or more pieces
 * of structure a document is not informational, and with none it is less likely a policy.
 * Training lines and documents are read alike: lower case, split at punctuation, each content
 * word once. Thread-safe: a categorizer is made per call from the shared, immutable model. Only
 * the head of a document is read: its genre shows there, and the body's clinical vocabulary is
 * shared by all three kinds.
 */
public final class DocKindClassifier {
    private static final String TRAINING = "/classify/doc-kinds.train";
    private static final int MAX_TOKENS = 250;
    private static final int HEAD_CHARS = 4000;
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "for", "with", "by", "at", "as", "from", "is", "are", "be", "was", "were", "been", "it", "its", "this", "that",
            "these", "those", "which", "who", "what", "when", "where", "how", "if", "than", "then", "so", "but", "not", "no",
            "can", "may", "will", "would", "should", "could", "do", "does", "did", "has", "have", "had", "our", "your", "you",
            "we", "they", "their", "there", "here", "all", "any", "each", "other", "such", "about", "into", "more", "most",
            "also", "only", "some", "s", "i", "my", "me", "he", "she", "his", "her", "them", "us");
    /** Pieces of structural evidence that rule out "informational" whatever the wording. */
    private static final int POLICY_SKELETON = 2;
    /** How much each piece of structural evidence moves probability towards the policy kinds. */
    private static final double STRUCTURE_WEIGHT = 0.1;
    private static final double NO_SKELETON_PENALTY = 0.3;
    /**
     * A notice names itself so in its first lines: "Medical Policy Updates", "May 2023 medical policy
     * updates", "Notification of Policy Revisions", "Provider Bulletin" (but not "policy bulletin": Aetna's
     * and Highmark's policies are so named). A saved web page's first lines may be its skip links and
     * portal widgets: the first lines below them count too.
     */
    private static final Pattern NOTICE_TITLE = Pattern.compile(
            "(?i)\\b(?:updates?|changes|revisions|notifications?(?!\\s+(?:(?:code|procedure|service)s?\\s+)?(?:lists?|tables?))|newsletter|news"
            + "|announcements?|what['’]s\\s+new)\\b"
            // "Provider Bulletin", "Network Bulletin"; but Aetna's "Clinical Policy Bulletin" is a policy.
            + "|(?<!polic(?:y|ies)\\s{1,3})\\bbulletins?\\b(?!\\s*(?:number|no\\b|#))"
            // "Letters to Providers", "Provider Notice", "Notice of Rule Making"
            // (not every "Notice of": "Notice of Medicare Non-Coverage" is a form a policy may be about).
            + "|\\b(?:letters?|notices?|alerts?)\\s+to\\s+providers\\b|\\bprovider\\s+(?:letters?|notices?|alerts?)\\b"
            + "|\\bnotice\\s+of\\s+(?:proposed\\s+)?rule\\s*making\\b"
            // "New and Revised Pharmacy and Medical Coverage Policies Available", "Updated billing policies".
            + "|\\b(?:new|revised|updated)\\b[\\w\\s&,/-]{0,60}\\bpolicies\\b");
    private static final double NOTICE_TITLE_WEIGHT = 0.5;
    /** A notice's title however long, by its opening: "Update to TMPPM and the CSHCN Services Program Provider Manual for ...". */
    private static final Pattern UPDATE_TO = Pattern.compile("(?i)(?:updates?|changes|revisions)\\s+to\\b");
    /** A notice's opening lines announcing policies: "The following new or amended clinical coverage policies are available". */
    private static final Pattern ANNOUNCES_POLICIES = Pattern.compile("(?i)\\bthe\\s+following\\s+(?:new|revised|amended|updated|retired)\\b"
            + "[\\w\\s,/-]{0,60}?\\b(?:policies|guidelines)\\s+(?:are|were|have\\s+been|will\\s+be)\\b");
    private static final int ANNOUNCEMENT_LINES = 6;
    /**
     * A payer's change told in a text's opening ("the insurer ... will stop covering many CPT codes", "has reversed
     * course ... decided to hold off on implementing"): news of a policy, which makes a text without a policy's
     * skeleton a notice about it (a policy states its own changes too).
     */
    private static final Pattern CHANGE_TOLD = Pattern.compile("(?i)\\bwill\\s+(?:stop|cease)\\s+(?:covering|paying|reimbursing)\\b"
            + "|\\bwill\\s+no\\s+longer\\s+(?:cover|pay|reimburse|require)\\b|\\b(?:has|have)\\s+(?:reversed|rescinded|delayed|postponed|paused)\\b"
            + "|\\bannounced\\s+(?:that\\s+)?(?:it|they)\\s+will\\b|\\bhold\\s+off\\s+on\\s+implementing\\b");
    private static final int CHANGE_TOLD_CHARS = 1500;
    private static final double CHANGE_TOLD_WEIGHT = 0.4;

    private static final Pattern LIST_TITLE = Pattern.compile("(?i)\\b(?:(?:prior\\s+|pre-?|auto\\s+)?auth(?:ori[sz]ation)?|pre-?certification|notification)"
            + "\\s+(?:(?:code|procedure|service)s?\\s+)?(?:lists?|tables?|grids?|matrix)\\b|\\b(?:cpt|hcpcs|procedure)\\s+codes?\\s+lists?\\b"
            // "List of Services Requiring Prior Authorization"; a program's rules: "Medicaid Provider Manual".
            + "|\\blists?\\s+of\\s+(?:services|procedures|codes|items)\\s+(?:that\\s+)?(?:requir(?:e|es|ing)|needing|subject\\s+to)\\s+"
            + "(?:prior\\s+)?(?:authori[sz]ation|pre-?certification|notification)\\b|\\bprovider\\s+(?:manual|handbook)\\b"
            // "PA Matrix", "Services Requiring Authorization and Benefit Exclusions".
            + "|(?-i:\\bPA\\s+(?:[Mm]atrix|[Ll]ists?|[Gg]rids?))|\\b(?:services|procedures|codes)\\s+(?:that\\s+)?requir(?:e|es|ing)\\s+"
            + "(?:prior\\s+|pre-?)?authori[sz]ation\\b"
            // A payer's list of what it does not cover: "Investigational (Non-Covered) Services List", "Non-Covered Services List".
            + "|\\b(?:non-?covered|investigational|excluded)\\)?\\s+(?:services|procedures|codes)\\s+lists?\\b");
    private static final double LIST_TITLE_WEIGHT = 0.5;
    /** A payer page's own list under its title: "Services that require prior authorization" heading the items. */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)(?:(?:the\\s+)?list\\s+of\\s+)?(?:services|procedures|codes|items)\\s+(?:that\\s+)?"
            + "(?:requir(?:e|es|ing)|needing|subject\\s+to)\\s+(?:prior\\s+)?(?:authori[sz]ation|pre-?certification)\\s*:?");
    private static final int LIST_HEADING_LINES = 12;
    private static final int MAX_LIST_HEADING = 120;
    private static final int LIST_TITLE_LINES = 4;
    private static final Pattern ARTICLE_HEADING = Pattern.compile("(?i)(?:how|why|what|when|where|who|should|can|do|does)\\b");
    private static final Pattern MANUAL = Pattern.compile("(?i)manual|handbook");
    private static final double POLICY_HEADER_WEIGHT = 0.3;
    private static final int LIST_TITLE_REACH = 60;
    private static final int MAX_TITLE_LINE = 120;
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\b\\p{Ll}");
    private static final Pattern NEWS = Pattern.compile("(?i)news");
    private static final int TITLE_LINES = 2;
    /** A blog's or magazine's byline: "8 min read", "5 minute read". Articles print it; policies and notices do not. */
    private static final Pattern READING_TIME = Pattern.compile("(?i)^\\W*\\d{1,2}\\s*(?:min|mins|minutes?)\\.?\\s+read\\W*$");
    private static final int BYLINE_LINES = 8;
    private static final Pattern MEDICARE_HEAD = Pattern.compile(PolicyNumberExtractor.MEDICARE_KIND_WORD + PolicyNumberExtractor.MEDICARE_ID
            + PolicyNumberExtractor.MEDICARE_ID_TITLE_SEPARATOR + "\\p{Lu}.*"
            + "|(?i:(?:local|national)\\s+coverage\\s+(?:determination|article)|billing\\s+and\\s+coding|lcd|ncd|article)\\b.*\\([LA]\\d{5}\\)");
    private static final int MEDICARE_HEAD_LINES = 2;
    private static final Pattern MEDICARE_ID_LABEL = Pattern.compile(PolicyNumberExtractor.MEDICARE_ID_LABEL);
    private static final Pattern MEDICARE_ID_ALONE = Pattern.compile(PolicyNumberExtractor.MEDICARE_ID);
    /** An export's header fields: contractor, jurisdiction and state rows come before the document's ID. */
    private static final int MEDICARE_FIELD_LINES = 150;
    private static final Pattern MEMO_TO = Pattern.compile("(?i)to\\s*:\\s*(?:all\\s+|health\\s*care\\s+|participating\\s+|network\\s+)*(?:providers?|physicians?|prescribers?|pharmacies|facilities|hospitals)\\b");
    private static final Pattern MEMO_SUBJECT = Pattern.compile("(?i)(?:subject|re)\\s*:\\s*\\S");
    private static final int MEMO_LINES = 10;
    private static final double BYLINE_WEIGHT = 0.5;

    private final DoccatModel model;

    public DocKindClassifier() {
        this.model = train();
    }

    private static DoccatModel train() {
        InputStreamFactory data = () -> {
            InputStream in = DocKindClassifier.class.getResourceAsStream(TRAINING);
            if (in == null) {
                throw new IOException(TRAINING + " is missing from the classpath");
            }
            return in;
        };
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        try (ObjectStream<DocumentSample> samples = new NormalizedSamples(
                new DocumentSampleStream(new PlainTextByLineStream(data, StandardCharsets.UTF_8)))) {
            return DocumentCategorizerME.train("en", samples, params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the document-kind categorizer", e);
        }
    }

    public DocKind classify(SourceText text) {
        if (text.text().isBlank()) {
            return DocKind.INFORMATIONAL; // no words (a scan without OCR): nothing says it is a policy or a notice
        }
        if (isMedicareCoverageDocument(text) && !namesItselfANotice(text)) {
            return DocKind.PAYER_POLICY; // an LCD or a billing article, whatever change requests it cites
        }
        double[] p = wordingScores(text.text());
        StructuralEvidence evidence = StructuralEvidence.of(text);
        double shift = STRUCTURE_WEIGHT * evidence.count();
        // A policy without any of a policy's skeleton is rare: wording that sounds like policy but has
        // none is a notice about policies more likely than an article.
        double noticeTitle = namesItselfANotice(text) ? NOTICE_TITLE_WEIGHT : 0;
        // A payer's list of the codes or services that need authorization ("Prior Authorization Code List",
        // "Medical Authorization Table") or a program's provider manual is a policy in its own right, however
        // little prose it has.
        double listTitle = noticeTitle == 0 && namesItselfAList(text) ? LIST_TITLE_WEIGHT : 0;
        boolean noSkeleton = evidence.count() == 0 && listTitle == 0;
        // A header that names the document a policy and carries its fields ("Medical Policy ... Current Effective
        // Date: ... Publish Date: ...") outweighs wording that sounds like a notice, unless the title names a notice.
        double header = noticeTitle == 0 && evidence.policyHeader() ? POLICY_HEADER_WEIGHT : 0;
        double policy = p[index("payer_policy")] + (noSkeleton ? -NO_SKELETON_PENALTY : shift) + listTitle + header;
        double bulletin = p[index("policy_bulletin")] + (noSkeleton ? NO_SKELETON_PENALTY : 0) + noticeTitle - listTitle / 2
                + (noSkeleton && header == 0 && tellsOfAChange(text) ? CHANGE_TOLD_WEIGHT : 0);
        // A title that names the document a notice ("August Medicaid Bulletin") speaks against an article too,
        // unless it only says news: a portal's "News and Alerts" heads articles as well.
        double noticeNotNews = noticeTitle > 0 && namesItselfANoticeBeyondNews(text) ? NOTICE_TITLE_WEIGHT : 0;
        // A memo to providers ("TO: All Providers ... SUBJECT: ...") is a notice or a policy, never an article.
        double informational = evidence.count() >= POLICY_SKELETON || isMemoToProviders(text) ? -1
                : p[index("informational")] - shift - noticeNotNews - listTitle + (hasReadingTime(text) ? BYLINE_WEIGHT : 0)
                        + (noSkeleton && asksInItsTitle(text) ? NO_SKELETON_PENALTY : 0);
        if (informational >= policy && informational >= bulletin) {
            return DocKind.INFORMATIONAL;
        }
        return policy >= bulletin ? DocKind.PAYER_POLICY : DocKind.POLICY_BULLETIN;
    }

    /** Categorizer probabilities, indexed by the model's category order. */
    public double[] wordingScores(String text) {
        return new DocumentCategorizerME(model).categorize(headTokens(text));
    }

    /** The words of the first tokens, read from a growing head of the text: splitting a whole long document would be wasted. */
    private static String[] headTokens(String text) {
        for (int chars = HEAD_CHARS; ; chars *= 2) {
            String head = text.substring(0, Math.min(text.length(), chars));
            String[] tokens = tokens(head);
            // One token more than needed proves the last one kept was not cut by the head's end.
            if (tokens.length > MAX_TOKENS || head.length() == text.length()) {
                return words(Arrays.copyOf(tokens, Math.min(tokens.length, MAX_TOKENS)));
            }
        }
    }

    /** Runs of letters and numbers (what {@code [^\\p{L}\\p{N}]+} splits apart), lower case. */
    static String[] tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out.toArray(String[]::new);
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * What the categorizer weighs: each content word once. Function words and repetitions would make
     * a document's length and prose style, not its genre, decide: a long policy written in sentences
     * read as an article.
     */
    private static String[] words(String[] tokens) {
        return Arrays.stream(tokens).filter(t -> !STOPWORDS.contains(t)).distinct().toArray(String[]::new);
    }

    /** Training lines read as documents are: lower case, split at punctuation, content words once. */
    private static final class NormalizedSamples extends FilterObjectStream<DocumentSample, DocumentSample> {

        NormalizedSamples(ObjectStream<DocumentSample> samples) {
            super(samples);
        }

        @Override
        public DocumentSample read() throws IOException {
            DocumentSample sample = samples.read();
            return sample == null ? null
                    : new DocumentSample(sample.getCategory(), words(tokens(String.join(" ", sample.getText()))));
        }
    }

    /**
     * Medicare's coverage documents open with their kind and ID: "LCD L35022: ...", "Billing and Coding: ...
     * (A57736)"; the database's export prints the ID under its own label ("LCD ID", then "L35755").
     */
    static boolean isMedicareCoverageDocument(SourceText text) {
        if (text.headLines(MEDICARE_HEAD_LINES).stream().anyMatch(l -> MEDICARE_HEAD.matcher(l.text().strip()).matches())) {
            return true;
        }
        List<SourceText.Line> head = text.headLines(MEDICARE_FIELD_LINES);
        for (int i = 0; i + 1 < head.size(); i++) {
            if (MEDICARE_ID_LABEL.matcher(head.get(i).text().strip()).matches()
                    && MEDICARE_ID_ALONE.matcher(head.get(i + 1).text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A memo's header among the first lines: addressed to providers, with a subject. */
    static boolean isMemoToProviders(SourceText text) {
        List<SourceText.Line> head = text.headLines(MEMO_LINES);
        return head.stream().anyMatch(l -> MEMO_TO.matcher(l.text().strip()).lookingAt())
                && head.stream().anyMatch(l -> MEMO_SUBJECT.matcher(l.text().strip()).lookingAt());
    }

    static boolean tellsOfAChange(SourceText text) {
        String t = text.text();
        return CHANGE_TOLD.matcher(t).region(0, Math.min(t.length(), CHANGE_TOLD_CHARS)).find();
    }

    /**
     * A title that asks ("Did You Get a 90837 Letter?"): an article's, answering readers; a payer's notice or policy
     * states. It weighs against the notice that a text without a policy's skeleton is otherwise taken for.
     */
    static boolean asksInItsTitle(SourceText text) {
        List<String> first = firstLines(text, true);
        return !first.isEmpty() && first.get(0).endsWith("?");
    }

    static boolean hasReadingTime(SourceText text) {
        return text.headLines(BYLINE_LINES).stream().anyMatch(l -> READING_TIME.matcher(l.text().strip()).matches());
    }

    static boolean namesItselfANotice(SourceText text) {
        return namesANotice(firstLines(text, false)) || namesANotice(firstLines(text, true))
                || text.headLines(ANNOUNCEMENT_LINES).stream().anyMatch(l -> ANNOUNCES_POLICIES.matcher(l.text()).find());
    }

    private static List<String> firstLines(SourceText text, boolean skipWebChrome) {
        return text.lines().stream().map(l -> l.text().strip())
                .filter(t -> !t.isEmpty() && !(skipWebChrome && TitleExtractor.isWebChrome(t))).limit(TITLE_LINES).toList();
    }

    /**
     * Whether one of the first lines names an authorization or code list: a title line, or the capitalised
     * opening words of a flattened list ("YCCO Prior Authorization Code List Effective 1/1/2020 11920 ...").
     */
    static boolean namesItselfAList(SourceText text) {
        return Stream.concat(firstLines(text, false).stream(), firstLines(text, true).stream())
                .anyMatch(DocKindClassifier::namesAList)
                || text.headLines(LIST_HEADING_LINES).stream().anyMatch(l -> LIST_HEADING.matcher(l.text().strip()).matches())
                || text.headLines(LIST_TITLE_LINES).stream().map(l -> l.text().strip()).anyMatch(DocKindClassifier::titlesAList);
    }

    /**
     * A title a few lines down (below a date line or a host's marks) that names an authorization list:
     * "Medicaid Services that require Prior Authorization List"; not a menu's bare manual link, and not an article's question.
     */
    private static boolean titlesAList(String line) {
        if (line.length() > MAX_LIST_HEADING || line.endsWith(".") || ARTICLE_HEADING.matcher(line).lookingAt()) {
            return false;
        }
        Matcher m = LIST_TITLE.matcher(line);
        // A manual's own name ("New York Provider Manual"), not a site menu's bare "Provider Manual" link.
        return m.find() && (!MANUAL.matcher(m.group()).find() || !m.group().strip().equalsIgnoreCase(line));
    }

    private static boolean namesAList(String line) {
        if (ARTICLE_HEADING.matcher(line).lookingAt()) {
            return false; // "Why Some Services Require Prior Authorization": an article's question
        }
        // A long line (a flattened page) counts only with the name among its opening words, so a match
        // is looked for only where one could end within their reach, not through the whole page.
        int lastStart = line.length() <= MAX_TITLE_LINE ? line.length() : LIST_TITLE_REACH - 1;
        Matcher m = LIST_TITLE.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i <= lastStart; i++) {
            if (m.region(i, line.length()).lookingAt()) {
                return line.length() <= MAX_TITLE_LINE
                        || m.end() <= LIST_TITLE_REACH && !LOWER_CASE_WORD.matcher(line.substring(0, m.start())).find();
            }
        }
        return false;
    }

    private static boolean namesItselfANoticeBeyondNews(SourceText text) {
        return namesANotice(firstLines(text, false), true) || namesANotice(firstLines(text, true), true);
    }

    private static boolean namesANotice(List<String> lines) {
        return namesANotice(lines, false);
    }

    private static boolean namesANotice(List<String> lines, boolean beyondNews) {
        return lines.stream().anyMatch(t -> (t.length() <= MAX_TITLE_LINE || UPDATE_TO.matcher(t).lookingAt())
                && NOTICE_TITLE.matcher(t).results().anyMatch(m -> !beyondNews || !NEWS.matcher(m.group()).matches()));
    }

    private int index(String category) {
        return new DocumentCategorizerME(model).getIndex(category);
    }
}
