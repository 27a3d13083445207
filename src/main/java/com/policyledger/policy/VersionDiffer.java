package com.policyledger.policy;

import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff.DateChange;
import com.policyledger.policy.VersionDiff.DeterminationChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Computes what changed between two versions of a policy. */
@Service
public class VersionDiffer {

    private final VersionReader versions;

    public VersionDiffer(VersionReader versions) {
        this.versions = versions;
    }

    /** The diff between versions {@code from} and {@code to} of a policy. */
    public VersionDiff diff(long policyId, int from, int to) {
        return diff(versions.read(policyId, from), versions.read(policyId, to));
    }

    /** The diff between the latest two versions (or the only one against nothing). */
    public VersionDiff diffLatest(long policyId) {
        int latest = versions.latestVersion(policyId);
        return diff(policyId, Math.max(1, latest - 1), latest);
    }

    public static VersionDiff diff(VersionContent from, VersionContent to) {
        List<CodeLine> added = new ArrayList<>();
        List<CodeLine> removed = new ArrayList<>();
        List<DeterminationChange> changed = new ArrayList<>();
        to.codes().forEach((code, line) -> {
            CodeLine before = from.codes().get(code);
            if (before == null) {
                added.add(line);
            } else if (!Objects.equals(before.determination(), line.determination())
                    || !Set.copyOf(before.productLines()).equals(Set.copyOf(line.productLines()))) {
                changed.add(new DeterminationChange(code, before.determination(), line.determination(),
                        before.productLines(), line.productLines()));
            }
        });
        from.codes().forEach((code, line) -> {
            if (!to.codes().containsKey(code)) {
                removed.add(line);
            }
        });
        StatementMatcher.Result statements = StatementMatcher.match(from.statements(), to.statements());
        return new VersionDiff(to.policyId(), from.versionNumber(), to.versionNumber(), added, removed, changed,
                difference(to.productLines(), from.productLines()), difference(from.productLines(), to.productLines()),
                new DateChange(from.effectiveDate(), to.effectiveDate()),
                new DateChange(from.lastReviewedDate(), to.lastReviewedDate()),
                statements.added(), statements.removed(), statements.reworded());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
