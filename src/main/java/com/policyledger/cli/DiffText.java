package com.policyledger.cli;

import com.policyledger.policy.PolicyCatalog.PolicyRef;
import com.policyledger.policy.VersionDiff;
import com.policyledger.policy.VersionDiff.Redline;
import com.policyledger.policy.VersionDiff.RewordedStatement;
import java.util.List;

/** A diff as text for the terminal; redlines in the wdiff style [-removed-]{+added+}. */
final class DiffText {

    private DiffText() {
    }

    static String render(PolicyRef policy, VersionDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s %s: v%d -> v%d%n", policy.payer(),
                policy.policyNumber() == null ? policy.title() : policy.policyNumber(), diff.fromVersion(),
                diff.toVersion()));
        dates(out, "effective date", diff.effectiveDate());
        dates(out, "last reviewed", diff.lastReviewedDate());
        diff.codesAdded().forEach(c -> out.append(String.format("  + %s %s %s%s%n", c.code(), c.system(),
                orNone(c.determination()), scope(c.productLines()))));
        diff.codesRemoved().forEach(c -> out.append(String.format("  - %s %s %s%s%n", c.code(), c.system(),
                orNone(c.determination()), scope(c.productLines()))));
        diff.determinationChanges().forEach(c -> out.append(String.format("  ~ %s %s%s -> %s%s%n", c.code(),
                orNone(c.from()), scope(c.fromProductLines()), orNone(c.to()), scope(c.toProductLines()))));
        if (!diff.productLinesAdded().isEmpty() || !diff.productLinesRemoved().isEmpty()) {
            out.append("  product lines added ").append(diff.productLinesAdded()).append(", removed ")
                    .append(diff.productLinesRemoved()).append('\n');
        }
        diff.statementsAdded().forEach(s -> out.append("  statement added: ").append(s).append('\n'));
        diff.statementsRemoved().forEach(s -> out.append("  statement removed: ").append(s).append('\n'));
        for (RewordedStatement s : diff.statementsReworded()) {
            out.append("  statement reworded: ").append(redline(s.redline())).append('\n');
        }
        if (diff.isEmpty()) {
            out.append("  no change in codes, dates, product lines or statements\n");
        }
        return out.toString();
    }

    private static void dates(StringBuilder out, String label, VersionDiff.DateChange change) {
        if (change.changed()) {
            out.append(String.format("  %s: %s -> %s%n", label, change.from(), change.to()));
        }
    }

    private static String redline(List<Redline> redline) {
        StringBuilder text = new StringBuilder();
        for (Redline part : redline) {
            text.append(switch (part.op()) {
                case "insert" -> "{+" + part.text() + "+}";
                case "delete" -> "[-" + part.text() + "-]";
                default -> part.text();
            }).append(' ');
        }
        return text.toString().trim();
    }

    private static String scope(List<String> productLines) {
        return productLines.isEmpty() ? "" : " for " + String.join(", ", productLines);
    }

    private static String orNone(String determination) {
        return determination == null ? "(no determination)" : determination;
    }
}
