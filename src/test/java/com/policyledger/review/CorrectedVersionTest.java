package com.policyledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.policy.VersionContent;
import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff;
import com.policyledger.policy.VersionDiffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrectedVersionTest {

    static final String NMN = "NOT_MEDICALLY_NECESSARY";

    static VersionContent version(int number, LocalDate effective, String... codes) {
        Map<String, CodeLine> lines = new LinkedHashMap<>();
        for (String code : codes) {
            lines.put(code, new CodeLine(code, "CPT", NMN, List.of()));
        }
        return new VersionContent(4, number, 10 + number, "v" + number, effective, null, Set.of(), lines, List.of());
    }

    static Correction correction(String flagKind, String raw, CorrectionField field, String value) {
        return new Correction(11, 5, flagKind, raw, field, value, "alice", Instant.parse("2025-12-01T10:00:00Z"));
    }

    @Test
    void aTypedInCodeIsListedWithTheTablesDeterminationAndSaysWhoAddedIt() {
        CorrectedVersion corrected = CorrectedVersion.of(version(1, null, "0565T", "0566T"), new DocumentCorrections(
                List.of(correction("MALFORMED_CODE", "0552T.1", CorrectionField.CODE, "0552T"))));

        assertThat(corrected.content().codes()).containsKeys("0565T", "0566T", "0552T");
        assertThat(corrected.content().codes().get("0552T").determination()).isEqualTo(NMN);
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

        assertThat(corrected.content().codes()).containsOnlyKeys("0565T");
    }
}
