package com.policyledger.policy;

import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff.DateChange;
import com.policyledger.policy.VersionDiff.DeterminationChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Codes are compared per scope: a determination change is one code in one scope deciding otherwise. */
    public static VersionDiff diff(VersionContent from, VersionContent to) {
        List<CodeLine> added = new ArrayList<>();
        List<DeterminationChange> changed = new ArrayList<>();
        to.codes().forEach((key, line) -> {
            CodeLine before = from.codes().get(key);
            if (before == null) {
                added.add(line);
            } else if (!Objects.equals(before.determination(), line.determination())) {
                changed.add(change(before, line));
            }
        });
        List<CodeLine> removed = new ArrayList<>(from.codes().values().stream()
                .filter(line -> !to.codes().containsKey(line.key())).toList());
        pairMovedScopes(added, removed, changed);
        changed.sort(Comparator.comparing(DeterminationChange::code));
        StatementMatcher.Result statements = StatementMatcher.match(from.statements(), to.statements());
        return new VersionDiff(to.policyId(), from.versionNumber(), to.versionNumber(), added, removed, changed,
                difference(to.productLines(), from.productLines()), difference(from.productLines(), to.productLines()),
                new DateChange(from.effectiveDate(), to.effectiveDate()),
                new DateChange(from.lastReviewedDate(), to.lastReviewedDate()),
                statements.added(), statements.removed(), statements.reworded());
    }

    /**
     * What is left of a code once its scopes are matched, one listing on each side, is that listing
     * with other product lines (0263T for all lines, then for Commercial): one change, as for a code
     * listed once, not a removal and an addition. Several left on a side cannot be told apart and stay
     * added and removed per scope.
     */
    private static void pairMovedScopes(List<CodeLine> added, List<CodeLine> removed,
            List<DeterminationChange> changed) {
        Map<String, List<CodeLine>> removedByCode = removed.stream().collect(Collectors.groupingBy(CodeLine::code));
        added.stream().collect(Collectors.groupingBy(CodeLine::code)).forEach((code, now) -> {
            List<CodeLine> before = removedByCode.getOrDefault(code, List.of());
            if (now.size() == 1 && before.size() == 1) {
                changed.add(change(before.get(0), now.get(0)));
                added.remove(now.get(0));
                removed.remove(before.get(0));
            }
        });
    }

    private static DeterminationChange change(CodeLine before, CodeLine after) {
        return new DeterminationChange(after.code(), before.determination(), after.determination(),
                before.productLines(), after.productLines());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
