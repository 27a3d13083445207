package com.policyledger.extract;

import com.policyledger.classify.DocKindClassifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction engine: pages of text in, every field with provenance and flags out. Models and
 * resource files are loaded once in the constructor; {@link #extract} keeps no shared mutable
 * state, so one instance may be shared by threads.
 */
public final class PolicyExtractor {
    /** The payer of a Medicare coverage document whose contractor is not named. */
    private static final String MEDICARE = "Medicare";
    private static final java.util.regex.Pattern MEDICARE_DOCUMENT_ID = java.util.regex.Pattern.compile(PolicyNumberExtractor.MEDICARE_ID);
    private static final java.util.regex.Pattern MEDICARE_DOCUMENT_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:local|national)\\s+coverage\\s+(?:determinations?|articles?)\\b");
    /** Where a coverage database's page names its kind: in its first lines, on a short line of its own. */
    private static final int MEDICARE_KIND_LINES = 3;
    private static final int MAX_KIND_LINE = 60;
    /** A title scopes to a line it opens with or names after "for"/"in"/"under" ("Prior Authorization for Medicaid Members"). */
    private static final java.util.regex.Pattern SCOPING_WORD_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(?:for|in|under)\\s+(?:the\\s+)?$");
    /** Names of a line that are also everyday words ("Plasma Exchange", "Commercial Driver ...") scope only before a plan noun. */
    private static final java.util.regex.Pattern EVERYDAY_NAME = java.util.regex.Pattern.compile(
            "(?i)commercial|(?:health\\s+)?exchange|(?:health\\s+insurance\\s+)?marketplace|medical\\s+assistance");
    private static final java.util.regex.Pattern PLAN_NOUN = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:plans?|products?|members|programs?|lines?\\s+of\\s+business|business|enrollees)\\b");
    private final PayerDirectory payers = PayerDirectory.load();
    private final ProductLineVocabulary vocabulary = ProductLineVocabulary.load();
    private final DocKindClassifier classifier = new DocKindClassifier();
    private final DateExtractor dates = new DateExtractor();
    private final PayerExtractor payer = new PayerExtractor(payers);
    private final PolicyNumberExtractor number = new PolicyNumberExtractor();
    private final TitleExtractor title = new TitleExtractor(payers, vocabulary);
    private final ProductLineExtractor productLines = new ProductLineExtractor(vocabulary, payers);
    private final ScopedDeterminations scoped = new ScopedDeterminations(vocabulary);
    private final CodeExtractor codes = new CodeExtractor(scoped);
    private final StatementExtractor statements = new StatementExtractor(new SentenceSplitter(), scoped, productLines);
    private final RevisionHistoryExtractor revisions = new RevisionHistoryExtractor();
    private final CountCheck countCheck = new CountCheck();
    private final ContradictionCheck contradictionCheck = new ContradictionCheck();

    public PolicyExtractor() {
        // These classes learn their patterns' prefilter tables when initialised, a few hundred
        // milliseconds of work: do it here, with the models, rather than inside the first
        // document's extraction, where every worker would wait on the class lock for it.
        initialize(DeterminationPhrases.class);
        initialize(DateParser.class);
        initialize(com.policyledger.classify.StructuralEvidence.class);
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e); // cannot happen: the class is already loaded
        }
    }

    /** {@code pages.get(i)} is the cleaned text of page i+1. */
    public Extraction extract(List<String> pages) {
        return extract(pages, null);
    }

    /** As {@link #extract(List)}, with the file's metadata title (may be null) as the title when none is printed. */
    public Extraction extract(List<String> pages, String metadataTitle) {
        try {
            return extract(SourceText.of(pages), metadataTitle);
        } finally {
            PrefilteredPattern.forgetPrepared(); // the text's opening index is no longer needed
        }
    }

    private Extraction extract(SourceText text, String metadataTitle) {
        List<Flag> flags = new ArrayList<>();
        if (text.text().isBlank()) {
            flags.add(new Flag(FlagKind.NO_TEXT_LAYER, "", text.provenance(0, 0, "")));
        }
        DocKind kind = classifier.classify(text);
        Located<String> docTitle = title.extract(text, metadataTitle, flags);
        if (kind == DocKind.INFORMATIONAL) {
            // Kept with its kind only: an article that mentions a payer and a code is no policy.
            return new Extraction(kind, null, null, docTitle, new PolicyDates(null, null, null), List.of(), List.of(),
                    List.of(), List.of(), List.of(), flags);
        }
        Located<String> docPayer = payer.extract(text, flags);
        Located<String> docNumber = number.extract(text, kind, flags);
        if (docPayer == null) {
            docPayer = medicareForItsCoverageDocument(text, docNumber, flags);
        }
        PolicyDates docDates = dates.extract(text, kind, docTitle, flags);
        // Scope headings serve both product lines and statements: find them once.
        List<ProductLineExtractor.ScopeHeading> headings = productLines.scopeHeadings(text);
        List<Located<ProductLine>> lines = new ArrayList<>(productLines.underHeadings(text, headings));
        impliedByPayer(docPayer, lines);
        namedInTitle(docTitle, lines);
        impliedByMedicareDocument(text, docNumber, docTitle, lines);
        PlanMedicareScope planScope = new PlanMedicareScope(docPayer == null ? null : payers.byName(docPayer.value()));
        List<Located<ProductLine>> docLines = planScope.lines(lines);
        List<Statement> docStatements = planScope.statements(
                statements.underHeadings(text, headings, docTitle == null ? null : docTitle.value()));
        CodeFindings found = codes.extract(text, kind, flags);
        List<ExtractedCode> docCodes = fillFromStatements(planScope.codes(found.codes()), docStatements);
        countCheck.check(text, docCodes, flags);
        contradictionCheck.check(text, docStatements, flags);
        return new Extraction(kind, docPayer, docNumber, docTitle, docDates, docLines, docCodes, found.ranges(),
                docStatements, revisions.extract(text, flags), flags);
    }

    /**
     * "Medicaid Services that Require Prior Authorization", "Prior Authorization for Medicare Advantage
     * Members": a line of business the title opens with or is for is the document's; one it merely
     * names ("Coordination of Benefits with Medicare") is not.
     */
    private void namedInTitle(Located<String> docTitle, List<Located<ProductLine>> lines) {
        if (docTitle == null) {
            return;
        }
        String title = docTitle.value();
        for (ProductLineVocabulary.Mention m : vocabulary.mentions(title)) {
            boolean scoping = m.start() == 0 || SCOPING_WORD_BEFORE.matcher(title.substring(0, m.start())).find();
            boolean everyday = EVERYDAY_NAME.matcher(title.substring(m.start(), m.end())).matches();
            if (scoping && (!everyday || PLAN_NOUN.matcher(title.substring(m.end())).lookingAt())
                    && lines.stream().noneMatch(l -> l.value() == m.line())) {
                lines.add(new Located<>(m.line(), docTitle.where()));
            }
        }
    }

    /**
     * An LCD or a billing article (numbered L33777, A57221) that names no contractor is still Medicare's:
     * the program is the payer, flagged as inferred.
     */
    private static Located<String> medicareForItsCoverageDocument(SourceText text, Located<String> docNumber, List<Flag> flags) {
        if (docNumber != null && MEDICARE_DOCUMENT_ID.matcher(docNumber.value()).matches()) {
            flags.add(new Flag(FlagKind.LOW_CONFIDENCE, "payer inferred from the Medicare document ID " + docNumber.value()
                    + ": no contractor is named", docNumber.where()));
            return new Located<>(MEDICARE, docNumber.where());
        }
        Located<String> kindLine = medicareKindLine(text);
        if (kindLine != null) {
            flags.add(new Flag(FlagKind.LOW_CONFIDENCE, "payer inferred from the document's kind, " + kindLine.value()
                    + ": no contractor is named", kindLine.where()));
            return new Located<>(MEDICARE, kindLine.where());
        }
        return null;
    }

    /** A first line naming the document an NCD or an LCD ("National Coverage Determination (NCD)"), or null. */
    private static Located<String> medicareKindLine(SourceText text) {
        for (SourceText.Line line : text.headLines(MEDICARE_KIND_LINES)) {
            String t = line.text().strip();
            if (t.length() <= MAX_KIND_LINE && MEDICARE_DOCUMENT_TITLE.matcher(t).find()) {
                return text.located(line, t);
            }
        }
        return null;
    }

    /** A payer that is itself a government program (a state Medicaid agency) implies its line of business. */
    private void impliedByPayer(Located<String> docPayer, List<Located<ProductLine>> lines) {
        if (docPayer == null || docPayer.value().equals(MEDICARE)) {
            return; // Medicare itself: impliedByMedicareDocument adds its line
        }
        ProductLine implied = payers.byName(docPayer.value()).impliedLine();
        if (implied != null && lines.stream().noneMatch(l -> l.value() == implied)) {
            lines.add(new Located<>(implied, docPayer.where()));
        }
    }

    /**
     * Local and national coverage determinations and their articles are Medicare's alone: a document
     * numbered like one (L33777, A57221) or titled as one, or an update about them, speaks for Medicare.
     */
    private static void impliedByMedicareDocument(SourceText text, Located<String> docNumber, Located<String> docTitle,
            List<Located<ProductLine>> lines) {
        Located<?> evidence = docNumber != null && MEDICARE_DOCUMENT_ID.matcher(docNumber.value()).matches() ? docNumber
                : docTitle != null && MEDICARE_DOCUMENT_TITLE.matcher(docTitle.value()).find() ? docTitle : medicareKindLine(text);
        if (evidence != null && lines.stream().noneMatch(l -> l.value() == ProductLine.MEDICARE
                || l.value() == ProductLine.MEDICARE_ADVANTAGE)) {
            lines.add(new Located<>(ProductLine.MEDICARE, evidence.where()));
        }
    }

    /**
     * A code without a determination of its own takes the prevailing determination of statements in
     * its scope. A tie goes to the first in {@link Determination}'s order, the favourable ones first:
     * a policy's usual shape is "medically necessary when the criteria are met, investigational
     * otherwise", and its codes are those of the service the criteria admit.
     */
    private static List<ExtractedCode> fillFromStatements(List<ExtractedCode> codes, List<Statement> statements) {
        List<ExtractedCode> out = new ArrayList<>();
        for (ExtractedCode c : codes) {
            if (c.determination() != null) {
                out.add(c);
                continue;
            }
            Map<Determination, Integer> votes = new EnumMap<>(Determination.class);
            statements.stream().filter(s -> c.productLines().isEmpty() || s.scope().equals(c.productLines()))
                    .forEach(s -> votes.merge(s.determination(), 1, Integer::sum));
            Determination prevailing = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            Set<ProductLine> scope = c.productLines();
            out.add(new ExtractedCode(c.code(), c.system(), prevailing, scope, c.where()));
        }
        return out;
    }
}
