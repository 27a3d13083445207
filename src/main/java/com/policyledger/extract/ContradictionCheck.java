package com.policyledger.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Two statements with the same scope that decide opposite ways about the whole policy. Criteria
 * policies legitimately say "medically necessary when ... " and "investigational for all other
 * indications", so only a categorical negative ("every code ... not medically necessary", "no
 * covered indications") against a favourable statement in the same scope is flagged, with both
 * snippets in the flag.
 */
public final class ContradictionCheck {
    private static final Pattern CATEGORICAL = Pattern.compile(
            "(?i)\\b(?:every|all)\\s+(?:code|procedure|service|indication)s?\\b|\\bno\\s+covered\\b|\\bcategorical|\\bthere are no\\b|\\bacross every\\b");

    public void check(SourceText text, List<Statement> statements, List<Flag> flags) {
        for (Statement negative : statements) {
            if (negative.determination().favourable() || !CATEGORICAL.matcher(negative.text()).find()) {
                continue;
            }
            for (Statement positive : statements) {
                if (positive.determination().favourable() && positive.scope().equals(negative.scope())
                        && !positive.where().equals(negative.where()) && !positive.text().equals(negative.text())) {
                    flags.add(new Flag(FlagKind.CONTRADICTION, negative.text() + " <> " + positive.text(), positive.where()));
                    return;
                }
            }
        }
    }
}
