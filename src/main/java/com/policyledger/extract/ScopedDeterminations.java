package com.policyledger.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs each determination in a sentence with the product lines named after it and before the
 * next determination: "not covered for Medicare Advantage Plans and not medically necessary for
 * Commercial Products" gives (NOT_COVERED, MA) and (NOT_MEDICALLY_NECESSARY, COMMERCIAL). A
 * determination with no product line after it gets an empty set: the caller decides its scope.
 */
public final class ScopedDeterminations {
    private static final java.util.regex.Pattern SCOPING_WORD = java.util.regex.Pattern.compile("\\b(for|under|in)\\b");
    /** One determination and the product lines the sentence scopes it to. */
    public record Scoped(Determination determination, Set<ProductLine> lines, int start, int end) {
    }

    private final ProductLineVocabulary vocabulary;

    public ScopedDeterminations(ProductLineVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Scoped> in(String sentence) {
        List<DeterminationPhrases.Hit> hits = DeterminationPhrases.find(sentence);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<ProductLineVocabulary.Mention> mentions = vocabulary.mentions(sentence);
        List<Scoped> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            DeterminationPhrases.Hit hit = hits.get(i);
            int until = i + 1 < hits.size() ? hits.get(i + 1).start() : sentence.length();
            Set<ProductLine> lines = EnumSet.noneOf(ProductLine.class);
            for (ProductLineVocabulary.Mention m : mentions) {
                if (m.start() >= hit.end() && m.start() < until && followsFor(sentence, hit.end(), m.start())) {
                    lines.add(m.line());
                }
            }
            boolean duplicate = out.stream().anyMatch(s -> s.determination() == hit.determination() && s.lines().equals(lines));
            if (!duplicate) {
                out.add(new Scoped(hit.determination(), lines, hit.start(), hit.end()));
            }
        }
        return out;
    }

    /** Only "... for <line>" scopes; "covered ... when the member has Medicare" does not. */
    private static boolean followsFor(String sentence, int from, int mentionStart) {
        String between = sentence.substring(from, mentionStart).toLowerCase(java.util.Locale.ROOT);
        return between.length() < 60 && SCOPING_WORD.matcher(between).find();
    }
}
