package com.policyledger.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header line that names only the payer, product lines and the kind of document
 * ("UnitedHealthcare® Commercial Medical Policy", "Blue Cross and Blue Shield of Texas"): it is
 * not the policy's title, and the product lines it names are the policy's scope.
 */
final class Masthead {
    static final String STATES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia"
            + "|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan"
            + "|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina"
            + "|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
            + "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
    private static final Pattern DOCUMENT_WORDS = Pattern.compile("(?i)\\b(?:corporate|medical|clinical|coverage|payment|reimbursement"
            + "|drug|pharmacy|policy|policies|guidelines?|summary|summaries|bulletins?|and|in|for|plans?|products?|programs?|inc|llc|company"
            // "UnitedHealthcare® Commercial and Individual Exchange": the market a line of business is sold in.
            + "|individual|family"
            // UnitedHealthcare's other kinds: "Coverage Determination Guideline", "Medical Benefit Drug Policy".
            + "|determination|benefit"
            // A web page's site header: "Regence Logos", "Carelon Archives", "Harvard Pilgrim Health Care Home".
            + "|home|archives?|logos?|portal|newsroom|manual)\\b"
            // A web page title's site part with its year: "Knee Braces | BCBSND (2024)".
            + "|\\b(?:19|20)\\d\\d\\b"
            + "|[®™©?,.&/|()\\-–—:·•]"
            // The state a regional plan's masthead names: "HIGHMARK COMMERCIAL MEDICAL POLICY - PENNSYLVANIA".
            + "|\\b(?:" + Masthead.STATES + ")\\b");
    /** A state's program named in a header: "Indiana Marketplace", "Ohio Medicaid". */
    private static final Pattern STATE_PROGRAM = Pattern.compile(
            "(?:\\b|(?<=[A-Z])(?=[A-Z][a-z]))(?i:" + Masthead.STATES + ")\\s+$"); // also glued: "STATEMENTIndiana Marketplace"
    private static final int STATE_PROGRAM_LINES = 2;
    /** Lines of business, then the kind of document, then a capitalised title. */
    static final Pattern LINE_AND_KIND = Pattern.compile("(?i)^[®™\\s]*(?:(?:commercial|medicare\\s+advantage|medicare|medicaid|community\\s+plan"
            + "|individual\\s+exchange|exchange|and|&|,)\\s+)+(?:medical\\s+benefit\\s+drug\\s+policy|policy\\s+guideline|medical\\s+policy"
            + "|coverage\\s+determination\\s+guideline|reimbursement\\s+policy|clinical\\s+policy|payment\\s+policy)\\s+(?=(?-i:\\p{Lu}))");
    private static final Pattern KIND_NOUN = Pattern.compile("(?i)\\b(?:polic(?:y|ies)|guidelines?|bulletins?)\\b");
    private static final Pattern NAME_ENDS = Pattern.compile("\\s*(?:$|[^\\s\\p{Ll}]|\\s\\p{Lu})");
    private static final Pattern POLICY_STATEMENT = Pattern.compile("(?i)\\bpolicy\\s+statement\\s*");

    private final PayerDirectory payers;
    private final ProductLineVocabulary vocabulary;

    Masthead(PayerDirectory payers, ProductLineVocabulary vocabulary) {
        this.payers = payers;
        this.vocabulary = vocabulary;
    }

    /** The product lines of a masthead line (maybe none), or empty when the line says something else. */
    Optional<Set<ProductLine>> linesOf(String line) {
        if (line.length() > 120) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(line);
        boolean namesPayer = false;
        for (MatchResult name : payers.mentions(line)) {
            blank(rest, name.start(), name.end());
            namesPayer = true;
        }
        if (!namesPayer) {
            return Optional.empty();
        }
        Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
        for (ProductLineVocabulary.Mention mention : vocabulary.mentions(line)) {
            blank(rest, mention.start(), mention.end());
            lines.add(mention.line());
        }
        return DOCUMENT_WORDS.matcher(rest).replaceAll(" ").isBlank() ? Optional.of(lines) : Optional.empty();
    }

    /**
     * The product lines of a masthead that does not name its payer: "Medicare Advantage Medical Policy
     * Bulletin" above the title. Only lines of business and document words, with a kind of document among them.
     */
    Set<ProductLine> linesOfUnnamed(String line) {
        if (line.length() > 120 || !KIND_NOUN.matcher(line).find()) {
            return Set.of();
        }
        StringBuilder rest = new StringBuilder(line);
        Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
        for (ProductLineVocabulary.Mention mention : vocabulary.mentions(line)) {
            blank(rest, mention.start(), mention.end());
            lines.add(mention.line());
        }
        return DOCUMENT_WORDS.matcher(rest).replaceAll(" ").isBlank() ? lines : Set.of();
    }

    /**
     * The product lines of a masthead run into the title by flattened text: "UnitedHealthcare® Medicare
     * Advantage Policy Guideline Category III CPT Codes" is Medicare Advantage's.
     */
    Set<ProductLine> linesRunIntoTitle(String line) {
        List<MatchResult> names = payers.mentions(line);
        if (names.isEmpty() || names.get(0).start() != 0) {
            return Set.of();
        }
        Matcher kind = LINE_AND_KIND.matcher(line).region(names.get(0).end(), line.length());
        if (!kind.lookingAt()) {
            return Set.of();
        }
        Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
        vocabulary.mentions(line.substring(0, kind.end())).forEach(m -> lines.add(m.line()));
        return lines;
    }

    /**
     * Product lines a header's first lines name right after a state ("REIMBURSEMENT POLICY STATEMENT
     * Indiana Marketplace") or right after the document's kind, even glued to it ("REIMBURSEMENT POLICY
     * STATEMENTD-SNP"): a regional plan's policy for that program, whether or not the payer is named there.
     */
    Set<ProductLine> statePrograms(SourceText text) {
        Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
        text.headLines(STATE_PROGRAM_LINES).forEach(line -> {
            String t = line.text();
            for (ProductLineVocabulary.Mention m : vocabulary.mentions(t)) {
                if (STATE_PROGRAM.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    lines.add(m.line());
                }
            }
            Matcher kind = POLICY_STATEMENT.matcher(t);
            if (kind.find()) {
                String rest = t.substring(kind.end());
                // A name, not a sentence: "D-SNP Policy Name", not "Exchange transfusion is ...".
                vocabulary.mentions(rest).stream().filter(m -> m.start() == 0 && NAME_ENDS.matcher(rest).region(m.end(), rest.length()).lookingAt())
                        .forEach(m -> lines.add(m.line()));
            }
        });
        return lines;
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
