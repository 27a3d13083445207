package com.policyledger.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The payer a document is about, by weighted mentions of the payers in {@link PayerDirectory}.
 * A mention in the header or a "Payer" field weighs most, one in running text less, one in
 * copyright or legal boilerplate least, and citations not at all (an author may be called
 * Kaiser); legal text after a reference list still counts as boilerplate. A subsidiary named anywhere beats its parent (Coordinated Care under Centene's
 * copyright); of several subsidiaries, the top one named outside boilerplate does, and a parent whose plans are all named
 * only in boilerplate keeps its document. A payer named as the owner of a policy or policy committee ("Florida Blue Medical
 * Policy and Coverage Committee") weighs as much as a header, wherever it stands, and so does the
 * payer whose name is a web or mail domain in the text ({@code www.aetna.com}). An agency (CMS)
 * is what payers cite: it counts a tenth of a payer, and not at all in references, so it is the
 * payer only of a document that names no other. A payer known only from boilerplate is returned
 * with a LOW_CONFIDENCE flag.
 */
public final class PayerExtractor implements Extractor<Located<String>> {
    private static final int TITLE_LINES = 3;
    /**
     * A plan speaking of itself without its name: "The health plan's code editing software", "the health plan will deny",
     * "for all providers caring for our members" (an agency speaks of beneficiaries, or of a plan's members), "Company
     * Medical Policies".
     */
    private static final PrefilteredPattern UNNAMED_PLAN = PrefilteredPattern.compile("(?i)\\bthe\\s+health\\s+plan(?:['’]s\\b|\\s+(?:will|uses|evaluates|requires|reimburses|considers|reserves|denies)\\b)"
            + "|\\bour\\s+(?:members|enrollees|subscribers)\\b"
            // Premera's and LifeWise's policies call their plan "Company": "Company Medical Policies", "Company associates".
            + "|(?-i:\\bCompany\\s+(?:Medical\\s+Polic(?:y|ies)|associates|members)\\b)");
    private static final int HEADER_CHARS = 600;
    private static final int CONTEXT_CHARS = 150;
    private static final PrefilteredPattern BOILERPLATE = PrefilteredPattern.compile(
            "(?i)©|copyright|all rights reserved|independent licensee|trademark|reserves the right|\\binc\\.|\\bLLC\\b");
    private static final PrefilteredPattern CITATION = PrefilteredPattern.compile("(?i)\\bet al\\b|PMID|doi:|\\bJ\\s|accessed|\\d{4};\\s*\\d|^\\s*\\d+\\.\\s");
    private static final Pattern OWNER = Pattern.compile(
            "(?i)^\\s+(?:Medical|Clinical|Payment|Reimbursement|Pharmacy|Coverage)\\s+(?:Policy|Policies|Coverage|Guideline|Payment)");
    private static final List<String> TOP_LEVEL_DOMAINS = List.of(".com", ".org", ".net");
    private static final double AGENCY_WEIGHT = 0.1;
    private static final double OWNER_WEIGHT = 3;
    private static final PrefilteredPattern PAYER_FIELD = PrefilteredPattern.compile("(?i)\\b(?:payer|health plan|insurer|carrier)\\s*[:|]\\s*$");

    /** A plan takes the payer from the brand it sells under when named about as often (half the brand's weight or more). */
    private static final double PLAN_BESIDE_BRAND = 0.5;
    private final PayerDirectory directory;

    public PayerExtractor(PayerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Located<String> extract(SourceText text, List<Flag> flags) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Boolean> onlyBoilerplate = new HashMap<>();
        Map<String, Provenance> firstSeen = new HashMap<>();
        for (MatchResult m : directory.mentions(text.text())) {
            SectionKind section = text.sections().kindAt(m.start());
            if (section == SectionKind.REFERENCES && CITATION.foundIn(text.lineAt(m.start()).text())) {
                continue;
            }
            PayerDirectory.Payer payer = directory.byAlias(m.group());
            if (payer == null) {
                continue;
            }
            if (payer.agency() && section == SectionKind.REFERENCES) {
                continue;
            }
            String line = around(text, m.start(), m.end());
            boolean owner = OWNER.matcher(text.text()).region(m.end(), Math.min(text.text().length(), m.end() + 40)).lookingAt();
            boolean boilerplate = !owner && (section == SectionKind.BOILERPLATE || section == SectionKind.REFERENCES
                    || BOILERPLATE.foundIn(line));
            double weight = owner ? OWNER_WEIGHT : weight(text, m.start(), boilerplate);
            count(text, payer, payer.agency() ? weight * AGENCY_WEIGHT : weight, boilerplate, m.start(), m.end(), score, onlyBoilerplate, firstSeen);
        }
        countDomains(text, score, onlyBoilerplate, firstSeen);
        foldParentsIntoSubsidiaries(text, score, onlyBoilerplate);
        String best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return null;
        }
        best = planSellingTheBrand(best, score);
        if (directory.byName(best).agency() && UNNAMED_PLAN.foundIn(text.text()) && !namedInHead(text, best)) {
            // A plan's own document printed without its name ("the health plan's code editing software evaluates ..."):
            // the regulator or vendor it cites in its body is not its payer (one named in the header is the issuer).
            return null;
        }
        Located<String> found = new Located<>(best, firstSeen.get(best));
        if (onlyBoilerplate.get(best)) {
            flags.add(new Flag(FlagKind.LOW_CONFIDENCE, "payer named only in boilerplate: " + best, found.where()));
        }
        return found;
    }

    /** Whether the payer is named in the first few lines that hold text: a title, a masthead, a back link. */
    private boolean namedInTitleLines(SourceText text, String payer) {
        String lines = text.lines().stream().map(SourceText.Line::text).filter(t -> !t.isBlank()).limit(TITLE_LINES)
                .collect(java.util.stream.Collectors.joining("\n"));
        return named(lines, payer);
    }

    private boolean namedInHead(SourceText text, String payer) {
        return named(text.text().substring(0, Math.min(text.text().length(), HEADER_CHARS)), payer);
    }

    private boolean named(String s, String payer) {
        return directory.mentions(s).stream().map(m -> directory.byAlias(m.group())).anyMatch(p -> p != null && p.name().equals(payer));
    }

    /** Each ".com", ".org" or ".net" whose name before it is a payer's; found by a literal search, as most text has none. */
    private void countDomains(SourceText text, Map<String, Double> score, Map<String, Boolean> onlyBoilerplate,
            Map<String, Provenance> firstSeen) {
        String s = text.text();
        for (String tld : TOP_LEVEL_DOMAINS) {
            for (int dot = s.indexOf(tld); dot > 0; dot = s.indexOf(tld, dot + 1)) {
                int end = dot + tld.length();
                if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                    continue;
                }
                int start = dot;
                while (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '-')) {
                    start--;
                }
                PayerDirectory.Payer payer = start < dot ? directory.byDomainName(s.substring(start, dot)) : null;
                if (payer != null && text.sections().kindAt(start) != SectionKind.REFERENCES) {
                    // A link to a benefit manager's site (evicore.com) is a pointer, not the owner's address.
                    count(text, payer, payer.agency() ? OWNER_WEIGHT * AGENCY_WEIGHT : OWNER_WEIGHT, false, start, end, score,
                            onlyBoilerplate, firstSeen);
                }
            }
        }
    }

    /** The match's line, cut to a window around it: in a flattened one-line document, a "©" far away says nothing. */
    private static String around(SourceText text, int start, int end) {
        SourceText.Line line = text.lineAt(start);
        int from = Math.max(line.start(), start - CONTEXT_CHARS);
        int to = Math.min(line.end(), end + CONTEXT_CHARS);
        return text.text().substring(from, Math.max(from, to));
    }

    private static void count(SourceText text, PayerDirectory.Payer payer, double weight, boolean boilerplate, int start, int end,
            Map<String, Double> score, Map<String, Boolean> onlyBoilerplate, Map<String, Provenance> firstSeen) {
        score.merge(payer.name(), weight, Double::sum);
        onlyBoilerplate.merge(payer.name(), boilerplate, Boolean::logicalAnd);
        firstSeen.putIfAbsent(payer.name(), text.provenance(start, end, text.snippet(
                Math.max(0, start - 60), Math.min(text.text().length(), end + 60))));
    }

    private static double weight(SourceText text, int offset, boolean boilerplate) {
        String before = text.text().substring(Math.max(0, offset - 20), offset);
        if (PAYER_FIELD.foundIn(before) || offset < HEADER_CHARS) {
            return 3;
        }
        return boilerplate ? 0.5 : 1;
    }

    /**
     * "Buckeye Health Plan and Ambetter are making changes ...": a product brand named beside a plan of its
     * own parent is that plan's product; the plan is the payer.
     */
    private String planSellingTheBrand(String best, Map<String, Double> score) {
        PayerDirectory.Payer brand = directory.byName(best);
        if (brand == null || !brand.brand() || brand.parent().isEmpty()) {
            return best;
        }
        double brandScore = score.get(best);
        return score.entrySet().stream()
                .filter(e -> !e.getKey().equals(best) && brand.parent().equals(directory.byName(e.getKey()).parent())
                        && e.getValue() >= brandScore * PLAN_BESIDE_BRAND)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(best);
    }

    private void foldParentsIntoSubsidiaries(SourceText text, Map<String, Double> score, Map<String, Boolean> onlyBoilerplate) {
        for (String parent : List.copyOf(score.keySet())) {
            List<String> children = score.keySet().stream().filter(name -> parent.equals(directory.byName(name).parent())).toList();
            if (children.size() > 1 && namedInTitleLines(text, parent) && children.stream().noneMatch(c -> namedInTitleLines(text, c))) {
                // The family's own notice about its plans, titled with its name: "Point32Health Medical Necessity Guideline
                // updates" for its Harvard Pilgrim and Tufts Health Plan lines. The plans' mentions are the family's.
                for (String child : children) {
                    score.merge(parent, score.remove(child), Double::sum);
                    onlyBoilerplate.merge(parent, onlyBoilerplate.remove(child), Boolean::logicalAnd);
                }
                continue;
            }
            // One plan named: the parent's mentions are its owner's. Several: the top one named outside boilerplate takes
            // them (a plan's header beats its family's copyright); a family's document naming all its plans only in a
            // footer stays the family's.
            String child = children.size() == 1 ? children.get(0) : children.stream().filter(name -> !onlyBoilerplate.get(name))
                    .max(Comparator.comparing(score::get)).orElse(null);
            if (child != null) {
                score.merge(child, score.remove(parent), Double::sum);
                onlyBoilerplate.merge(child, onlyBoilerplate.remove(parent), Boolean::logicalAnd);
            }
        }
    }
}
