package com.policyledger.policy;

import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything that changed from one version of a policy to another. */
public record VersionDiff(long policyId, int fromVersion, int toVersion, List<CodeLine> codesAdded,
        List<CodeLine> codesRemoved, List<DeterminationChange> determinationChanges, Set<String> productLinesAdded,
        Set<String> productLinesRemoved, DateChange effectiveDate, DateChange lastReviewedDate,
        List<String> statementsAdded, List<String> statementsRemoved, List<RewordedStatement> statementsReworded) {

    /**
     * A code listed in both versions whose determination differs in one scope, or whose one listing
     * left unmatched moved to other product lines (see {@link VersionDiffer}).
     */
    public record DeterminationChange(String code, String from, String to, List<String> fromProductLines,
            List<String> toProductLines) {

        public boolean determinationChanged() {
            return !Objects.equals(from, to);
        }

        /** The code and the scope it has now: {@code 0263T (COMMERCIAL)}. */
        public String label() {
            return new CodeKey(code, toProductLines).label();
        }
    }

    public record DateChange(LocalDate from, LocalDate to) {
        public boolean changed() {
            return !Objects.equals(from, to);
        }
    }

    /** A statement said again in other words, with a word-level redline. */
    public record RewordedStatement(String from, String to, List<Redline> redline) {
    }

    /** One run of words: kept ({@code equal}), added ({@code insert}) or taken out ({@code delete}). */
    public record Redline(String op, String text) {
    }

    public boolean isEmpty() {
        return codesAdded.isEmpty() && codesRemoved.isEmpty() && determinationChanges.isEmpty()
                && productLinesAdded.isEmpty() && productLinesRemoved.isEmpty() && !effectiveDate.changed()
                && !lastReviewedDate.changed() && statementsAdded.isEmpty() && statementsRemoved.isEmpty()
                && statementsReworded.isEmpty();
    }

    /** One line for histories and change reports. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!codesAdded.isEmpty()) {
            parts.add("codes added " + codes(codesAdded));
        }
        if (!codesRemoved.isEmpty()) {
            parts.add("codes removed " + codes(codesRemoved));
        }
        List<DeterminationChange> decided = determinationChanges.stream()
                .filter(DeterminationChange::determinationChanged).toList();
        if (!decided.isEmpty()) {
            parts.add("determination changed for " + String.join(", ", decided.stream()
                    .map(DeterminationChange::label).toList()));
        }
        List<String> rescoped = determinationChanges.stream().filter(c -> !c.determinationChanged())
                .map(DeterminationChange::code).toList();
        if (!rescoped.isEmpty()) {
            parts.add("product lines changed for " + String.join(", ", rescoped));
        }
        if (!productLinesAdded.isEmpty() || !productLinesRemoved.isEmpty()) {
            parts.add("product lines +" + productLinesAdded + " -" + productLinesRemoved);
        }
        if (effectiveDate.changed()) {
            parts.add("effective " + effectiveDate.from() + " -> " + effectiveDate.to());
        }
        int statements = statementsAdded.size() + statementsRemoved.size() + statementsReworded.size();
        if (statements > 0) {
            parts.add(statements + " statement change(s)");
        }
        return parts.isEmpty() ? "no change in codes, dates or statements" : String.join("; ", parts);
    }

    private static String codes(List<CodeLine> lines) {
        return String.join(", ", lines.stream().map(CodeLine::label).toList());
    }
}
