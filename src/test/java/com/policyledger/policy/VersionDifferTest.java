package com.policyledger.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff.DeterminationChange;
import com.policyledger.policy.VersionDiff.Redline;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionDifferTest {

    private static VersionContent version(int number, LocalDate effective, Set<String> lines, List<CodeLine> codes,
            List<String> statements) {
        Map<CodeKey, CodeLine> byKey = new LinkedHashMap<>();
        codes.forEach(c -> byKey.put(c.key(), c));
        return new VersionContent(1, number, number, "v" + number + ".pdf", effective, null, lines, byKey, statements);
    }

    @Test
    void aCodeWhoseDeterminationChangesForAProductLineIsAChangeNotAnAddition() {
        VersionContent v1 = version(1, LocalDate.of(2025, 1, 1), Set.of("COMMERCIAL"),
                List.of(new CodeLine("0565T", "CPT", "INVESTIGATIONAL", List.of("COMMERCIAL"))), List.of());
        VersionContent v2 = version(2, LocalDate.of(2026, 1, 1), Set.of("COMMERCIAL", "MEDICARE_ADVANTAGE"),
                List.of(new CodeLine("0565T", "CPT", "MEDICALLY_NECESSARY", List.of("COMMERCIAL"))), List.of());

        VersionDiff diff = VersionDiffer.diff(v1, v2);

        assertThat(diff.codesAdded()).isEmpty();
        assertThat(diff.determinationChanges()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("0565T");
            assertThat(change.from()).isEqualTo("INVESTIGATIONAL");
            assertThat(change.to()).isEqualTo("MEDICALLY_NECESSARY");
        });
        assertThat(diff.productLinesAdded()).containsExactly("MEDICARE_ADVANTAGE");
        assertThat(diff.effectiveDate().changed()).isTrue();
    }

    @Test
    void aCodeListedInTwoScopesChangesItsDeterminationInOneOfThemOnly() {
        VersionContent v1 = version(1, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE"),
                line("0263T", "NOT_MEDICALLY_NECESSARY", "COMMERCIAL")), List.of());
        VersionContent v2 = version(2, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE"),
                line("0263T", "INVESTIGATIONAL", "COMMERCIAL")), List.of());

        VersionDiff diff = VersionDiffer.diff(v1, v2);

        assertThat(diff.codesAdded()).isEmpty();
        assertThat(diff.codesRemoved()).isEmpty();
        assertThat(diff.determinationChanges()).containsExactly(new DeterminationChange("0263T",
                "NOT_MEDICALLY_NECESSARY", "INVESTIGATIONAL", List.of("COMMERCIAL"), List.of("COMMERCIAL")));
        assertThat(diff.summary()).isEqualTo("determination changed for 0263T (COMMERCIAL)");
    }

    @Test
    void aCodeListedForOneMoreProductLineIsAddedInThatScope() {
        VersionContent v1 = version(1, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE")),
                List.of());
        VersionContent v2 = version(2, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE"),
                line("0263T", "NOT_MEDICALLY_NECESSARY", "COMMERCIAL")), List.of());

        VersionDiff diff = VersionDiffer.diff(v1, v2);

        assertThat(diff.codesAdded()).containsExactly(line("0263T", "NOT_MEDICALLY_NECESSARY", "COMMERCIAL"));
        assertThat(diff.determinationChanges()).isEmpty();
        assertThat(diff.summary()).isEqualTo("codes added 0263T (COMMERCIAL)");
    }

    @Test
    void versionsDifferingOnlyInTheScopeOfACodesListingDifferByThatChange() {
        VersionContent v1 = version(1, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE"),
                line("0263T", "NOT_MEDICALLY_NECESSARY")), List.of());
        VersionContent v2 = version(2, null, Set.of(), List.of(line("0263T", "NOT_COVERED", "MEDICARE_ADVANTAGE"),
                line("0263T", "NOT_MEDICALLY_NECESSARY", "COMMERCIAL")), List.of());

        VersionDiff diff = VersionDiffer.diff(v1, v2);

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.codesAdded()).isEmpty();
        assertThat(diff.codesRemoved()).isEmpty();
        assertThat(diff.determinationChanges()).containsExactly(new DeterminationChange("0263T",
                "NOT_MEDICALLY_NECESSARY", "NOT_MEDICALLY_NECESSARY", List.of(), List.of("COMMERCIAL")));
        assertThat(diff.summary()).isEqualTo("product lines changed for 0263T");
    }

    @Test
    void aRewordedStatementGetsAWordLevelRedlineAndAnUnrelatedOneIsAddedAndRemoved() {
        VersionContent v1 = version(1, null, Set.of(), List.of(), List.of(
                "Stem cell therapy is not covered for Medicare Advantage members.",
                "Prior authorization is not required."));
        VersionContent v2 = version(2, null, Set.of(), List.of(), List.of(
                "Stem cell therapy is not medically necessary for Medicare Advantage members.",
                "Re-review every 12 months with updated documentation."));

        VersionDiff diff = VersionDiffer.diff(v1, v2);

        assertThat(diff.statementsReworded()).singleElement().satisfies(s -> assertThat(s.redline()).containsExactly(
                new Redline("equal", "Stem cell therapy is not"), new Redline("delete", "covered"),
                new Redline("insert", "medically necessary"), new Redline("equal", "for Medicare Advantage members.")));
        assertThat(diff.statementsRemoved()).containsExactly("Prior authorization is not required.");
        assertThat(diff.statementsAdded()).containsExactly("Re-review every 12 months with updated documentation.");
    }

    @Test
    void identicalVersionsHaveAnEmptyDiff() {
        VersionContent v = version(1, LocalDate.of(2026, 1, 1), Set.of("MEDICAID"),
                List.of(new CodeLine("S2150", "HCPCS", "NOT_COVERED", List.of())), List.of("S2150 is not covered."));

        assertThat(VersionDiffer.diff(v, v).isEmpty()).isTrue();
    }

    private static CodeLine line(String code, String determination, String... productLines) {
        return new CodeLine(code, "CPT", determination, List.of(productLines));
    }
}
