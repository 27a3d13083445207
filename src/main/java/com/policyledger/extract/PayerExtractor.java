package com.policyledger.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payer a document is about, by weighted mentions of the payers in {@link PayerDirectory}.
 * A mention in the header or a "Payer" field weighs most, one in running text less, one in
 * copyright or legal boilerplate least, and citations not at all (an author may be called
 * Kaiser); legal text after a reference list still counts as boilerplate. A subsidiary named anywhere beats its parent (Coordinated Care under Centene's
 * copyright). A payer known only from boilerplate is returned with a LOW_CONFIDENCE flag.
 */
public final class PayerExtractor implements Extractor<Located<String>> {
    private static final int HEADER_CHARS = 600;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)©|copyright|all rights reserved|independent licensee|trademark|reserves the right|\\binc\\.|\\bLLC\\b");
    private static final Pattern CITATION = Pattern.compile("(?i)\\bet al\\b|PMID|doi:|\\bJ\\s|accessed|\\d{4};\\s*\\d|^\\s*\\d+\\.\\s");
    private static final Pattern PAYER_FIELD = Pattern.compile("(?i)\\b(?:payer|health plan|insurer|carrier)\\s*[:|]\\s*$");

    private final PayerDirectory directory;

    public PayerExtractor(PayerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Located<String> extract(SourceText text, List<Flag> flags) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Boolean> onlyBoilerplate = new HashMap<>();
        Map<String, Provenance> firstSeen = new HashMap<>();
        Matcher m = directory.pattern().matcher(text.text());
        while (m.find()) {
            SectionKind section = text.sections().kindAt(m.start());
            if (section == SectionKind.REFERENCES && CITATION.matcher(text.lineAt(m.start()).text()).find()) {
                continue;
            }
            PayerDirectory.Payer payer = directory.byAlias(m.group());
            if (payer == null) {
                continue;
            }
            String line = text.lineAt(m.start()).text();
            boolean boilerplate = section == SectionKind.BOILERPLATE || section == SectionKind.REFERENCES || BOILERPLATE.matcher(line).find();
            double weight = weight(text, m.start(), boilerplate);
            score.merge(payer.name(), weight, Double::sum);
            onlyBoilerplate.merge(payer.name(), boilerplate, Boolean::logicalAnd);
            firstSeen.putIfAbsent(payer.name(), text.provenance(m.start(), m.end(), text.snippet(
                    Math.max(0, m.start() - 60), Math.min(text.text().length(), m.end() + 60))));
        }
        foldParentsIntoSubsidiaries(score, onlyBoilerplate);
        String best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return null;
        }
        Located<String> found = new Located<>(best, firstSeen.get(best));
        if (onlyBoilerplate.get(best)) {
            flags.add(new Flag(FlagKind.LOW_CONFIDENCE, "payer named only in boilerplate: " + best, found.where()));
        }
        return found;
    }

    private static double weight(SourceText text, int offset, boolean boilerplate) {
        String before = text.text().substring(Math.max(0, offset - 20), offset);
        if (PAYER_FIELD.matcher(before).find() || offset < HEADER_CHARS) {
            return 3;
        }
        return boilerplate ? 0.5 : 1;
    }

    private void foldParentsIntoSubsidiaries(Map<String, Double> score, Map<String, Boolean> onlyBoilerplate) {
        for (String name : List.copyOf(score.keySet())) {
            String parent = directory.byName(name).parent();
            if (!parent.isEmpty() && score.containsKey(parent)) {
                score.merge(name, score.remove(parent), Double::sum);
                onlyBoilerplate.merge(name, onlyBoilerplate.remove(parent), Boolean::logicalAnd);
            }
        }
    }
}
