package com.policyledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.policy.VersionContent;
import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff;
import com.policyledger.policy.VersionDiffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrectedVersionTest {

    static final String NMN = "NOT_MEDICALLY_NECESSARY";

    static VersionContent version(int number, LocalDate effective, String... codes) {
        return version(number, effective, Arrays.stream(codes).map(code -> new CodeLine(code, "CPT", NMN, List.of()))
                .toList());
    }

    static VersionContent version(int number, LocalDate effective, List<CodeLine> codes) {
        Map<CodeKey, CodeLine> lines = new LinkedHashMap<>();
        codes.forEach(line -> lines.put(line.key(), line));
        return new VersionContent(4, number, 10 + number, "v" + number, effective, null, Set.of(), lines, List.of());
    }

    static Correction correction(String flagKind, String raw, CorrectionField field, String value) {
        return correction(flagKind, raw, List.of(), field, value);
    }

    static Correction correction(String flagKind, String raw, List<List<String>> flaggedScopes, CorrectionField field,
            String value) {
        return new Correction(11, 5, flagKind, raw, flaggedScopes, field, value, "alice",
                Instant.parse("2025-12-01T10:00:00Z"));
    }

    static List<String> codes(CorrectedVersion corrected) {
        return corrected.content().codes().keySet().stream().map(CodeKey::code).toList();
    }

    @Test
    void aTypedInCodeIsListedWithTheTablesDeterminationAndSaysWhoAddedIt() {
        CorrectedVersion corrected = CorrectedVersion.of(version(1, null, "0565T", "0566T"), new DocumentCorrections(
                List.of(correction("MALFORMED_CODE", "0552T.1", CorrectionField.CODE, "0552T"))));

        assertThat(codes(corrected)).containsExactly("0552T", "0565T", "0566T");
        assertThat(corrected.content().codes().get(new CodeKey("0552T", List.of())).determination()).isEqualTo(NMN);
        assertThat(corrected.note("0552T").orElseThrow().note()).isEqualTo("corrected by alice (flag 5, was '0552T.1')");
    }

    @Test
    void aCorrectedDeterminationAndEffectiveDateShowInTheDiff() {
        VersionContent v1 = version(1, LocalDate.of(2025, 7, 1), "20999", "38206");
        VersionContent v2 = version(2, LocalDate.of(2062, 1, 7), "20999", "0717T");
        CorrectedVersion corrected = CorrectedVersion.of(v2, new DocumentCorrections(List.of(
                correction("BAD_DATE", "07/01/62", CorrectionField.EFFECTIVE_DATE, "2026-07-01"),
                correction("CONTRADICTION", "20999", CorrectionField.DETERMINATION, "INVESTIGATIONAL"))));

        VersionDiff diff = VersionDiffer.diff(v1, corrected.content());

        assertThat(diff.effectiveDate().to()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(diff.determinationChanges()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("20999");
            assertThat(change.to()).isEqualTo("INVESTIGATIONAL");
        });
        assertThat(corrected.note(CorrectedVersion.EFFECTIVE_DATE)).isPresent();
        assertThat(diff.codesAdded()).extracting(CodeLine::code).containsExactly("0717T");
    }

    @Test
    void somethingRuledNotACodeIsNeverListed() {
        CorrectedVersion corrected = CorrectedVersion.of(version(1, null, "0565T", "0552T"), new DocumentCorrections(
                List.of(correction("MALFORMED_CODE", "0552T", CorrectionField.NOT_A_CODE, null))));

        assertThat(codes(corrected)).containsExactly("0565T");
    }

    @Test
    void aDeterminationCorrectedOnTheFlaggedRowOfACodeListedInTwoScopesChangesThatScopeOnly() {
        VersionContent v = version(1, null, List.of(
                new CodeLine("0263T", "CPT", "NOT_COVERED", List.of("MEDICARE_ADVANTAGE")),
                new CodeLine("0263T", "CPT", NMN, List.of("COMMERCIAL"))));

        CorrectedVersion corrected = CorrectedVersion.of(v, new DocumentCorrections(List.of(correction(
                "CONTRADICTION", "0263T", List.of(List.of("COMMERCIAL")), CorrectionField.DETERMINATION,
                "INVESTIGATIONAL"))));

        assertThat(corrected.content().codes().values()).extracting(CodeLine::determination)
                .containsExactly("INVESTIGATIONAL", "NOT_COVERED");
        assertThat(corrected.note("0263T (COMMERCIAL)")).isPresent();
        assertThat(corrected.note("0263T (MEDICARE_ADVANTAGE)")).isEmpty();
    }

    @Test
    void aDeterminationCorrectedOnAFlagThatPointsAtNoListingChangesEveryScopeOfTheCode() {
        VersionContent v = version(1, null, List.of(
                new CodeLine("0263T", "CPT", "NOT_COVERED", List.of("MEDICARE_ADVANTAGE")),
                new CodeLine("0263T", "CPT", NMN, List.of("COMMERCIAL"))));

        CorrectedVersion corrected = CorrectedVersion.of(v, new DocumentCorrections(List.of(
                correction("CONTRADICTION", "0263T", CorrectionField.DETERMINATION, "INVESTIGATIONAL"))));

        assertThat(corrected.content().codes().values()).extracting(CodeLine::determination)
                .containsExactly("INVESTIGATIONAL", "INVESTIGATIONAL");
    }
}
