package com.policyledger.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.policyledger.support.DatabaseTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlagDecisionsTest extends DatabaseTest {

    @Autowired
    FlagDecisions decisions;

    @Autowired
    Corrections corrections;

    ReviewFixtures fixtures;
    long cigna;

    @BeforeEach
    void cignaBulletinWithAMalformedRow() {
        fixtures = new ReviewFixtures(jdbc);
        cigna = fixtures.document('c', "cigna-mm0552-bulletin.pdf", "Cigna");
    }

    @Test
    void aDecisionSetsTheFlagStatusAndRecordsWhoAndWhen() {
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS 2025", "row-8");

        RecordedDecision recorded = decisions.decide(flag,
                new DecisionRequest(Decision.ACCEPTED, null, null, " looks right "), "alice");

        assertThat(fixtures.status(flag)).isEqualTo("ACCEPTED");
        assertThat(recorded.decidedBy()).isEqualTo("alice");
        assertThat(recorded.decidedAt()).isNotNull();
        assertThat(recorded.comment()).isEqualTo("looks right");
        assertThat(decisions.of(flag)).contains(recorded);
    }

    @Test
    void reIngestingTheSameDocumentNeverReopensADecidedFlag() {
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS 2025", "row-8");
        long noText = fixtures.flag(cigna, "NO_TEXT_LAYER", null, null);
        decisions.decide(flag, new DecisionRequest(Decision.REJECTED, CorrectionField.NOT_A_CODE, null, null), "alice");
        decisions.decide(noText, new DecisionRequest(Decision.ACCEPTED, null, null, null), "bob");

        // A re-extraction deletes the document's flags and writes them again, as new rows.
        jdbc.sql("DELETE FROM flag WHERE document_id = :doc").param("doc", cigna).update();
        long again = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS 2025", "row-8");
        long noTextAgain = fixtures.flag(cigna, "NO_TEXT_LAYER", null, null);
        long brandNew = fixtures.flag(cigna, "MALFORMED_CODE", "Another row", "row-9");

        assertThat(fixtures.status(again)).isEqualTo("REJECTED");
        assertThat(fixtures.status(noTextAgain)).isEqualTo("ACCEPTED");
        assertThat(fixtures.status(brandNew)).isEqualTo("OPEN");
        assertThat(decisions.of(again).orElseThrow().decidedBy()).isEqualTo("alice");
    }

    @Test
    void aDecisionOnOneDocumentDoesNotDecideTheSameFlagInAnotherDocument() {
        long other = fixtures.document('d', "other.pdf", "Cigna");
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS 2025", "row-8");
        long sameKeyElsewhere = fixtures.flag(other, "MALFORMED_CODE", "Source: CMS 2025", "row-8");

        decisions.decide(flag, new DecisionRequest(Decision.ACCEPTED, null, null, null), "alice");

        assertThat(fixtures.status(sameKeyElsewhere)).isEqualTo("OPEN");
    }

    @Test
    void aCorrectionIsNormalizedAndOverridesTheDocument() {
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "0566 T", "row-2");

        decisions.decide(flag, new DecisionRequest(Decision.CORRECTED, CorrectionField.CODE, " 0566t ", null), "alice");

        DocumentCorrections applied = corrections.of(cigna);
        assertThat(applied.codes()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo("0566T");
            assertThat(c.note()).contains("alice").contains("0566 T");
        });
    }

    @Test
    void aDeterminationCorrectedOnTheFlaggedRowOfACodeListedInTwoScopesAppliesToThatRowsScope() {
        long bcbsri = fixtures.document('e', "bcbsri-stem-cell-pad-2026.html", "Blue Cross & Blue Shield of Rhode Island");
        listing(bcbsri, "NOT_COVERED", "MEDICARE_ADVANTAGE", 120);
        listing(bcbsri, "NOT_MEDICALLY_NECESSARY", "COMMERCIAL", 480);
        long flag = jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, span_start, span_end, snippet, fingerprint)
                VALUES (:doc, 'CONTRADICTION', '0263T', 1, 470, 560, '0263T** Intramuscular ...', 'row-0263T')
                RETURNING id""").param("doc", bcbsri).query(Long.class).single();

        decisions.decide(flag, new DecisionRequest(Decision.CORRECTED, CorrectionField.DETERMINATION,
                "investigational", null), "alice");

        DocumentCorrections applied = corrections.of(bcbsri);
        assertThat(applied.determinationOf("0263T", List.of("COMMERCIAL"))).map(Correction::value)
                .contains("INVESTIGATIONAL");
        assertThat(applied.determinationOf("0263T", List.of("MEDICARE_ADVANTAGE"))).isEmpty();
    }

    @Test
    void aChangedMindReplacesTheDecisionAndKeepsTheHistory() {
        long flag = fixtures.flag(cigna, "BAD_DATE", "16/12/2025", "date-1");
        decisions.decide(flag, new DecisionRequest(Decision.ACCEPTED, null, null, null), "alice");
        decisions.decide(flag, new DecisionRequest(Decision.CORRECTED, CorrectionField.EFFECTIVE_DATE, "2025-12-16",
                "day and month swapped"), "bob");

        assertThat(fixtures.status(flag)).isEqualTo("CORRECTED");
        assertThat(corrections.of(cigna).effectiveDate().orElseThrow().value()).isEqualTo("2025-12-16");
        assertThat(jdbc.sql("SELECT decided_by FROM flag_decision_history ORDER BY id").query(String.class).list())
                .containsExactly("alice", "bob");
    }

    @Test
    void invalidValuesAreRefusedWithASentenceTheAnalystCanActOn() {
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "Source: CMS 2025", "row-8");
        long date = fixtures.flag(cigna, "BAD_DATE", "Dec 2025", "date-1");

        assertThatThrownBy(() -> decisions.decide(flag,
                new DecisionRequest(Decision.CORRECTED, CorrectionField.CODE, "CMS", null), "alice"))
                .isInstanceOf(InvalidDecisionException.class).hasMessageContaining("not a CPT, HCPCS or ICD-10-CM code");
        assertThatThrownBy(() -> decisions.decide(date,
                new DecisionRequest(Decision.CORRECTED, CorrectionField.EFFECTIVE_DATE, "12/16/2025", null), "alice"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> decisions.decide(date,
                new DecisionRequest(Decision.REJECTED, CorrectionField.CODE, "0565T", null), "alice"))
                .hasMessageContaining("only a malformed-code flag");
        assertThat(fixtures.status(flag)).isEqualTo("OPEN");
    }

    @Test
    void aRejectedMalformedCodeMayNameTheCodeItShouldHaveBeen() {
        long flag = fixtures.flag(cigna, "MALFORMED_CODE", "0717", "row-3");

        decisions.decide(flag, new DecisionRequest(Decision.REJECTED, CorrectionField.CODE, "0717T", null), "alice");

        assertThat(fixtures.status(flag)).isEqualTo("REJECTED");
        assertThat(corrections.of(cigna).codes()).extracting(Correction::value).containsExactly("0717T");
    }

    /** 0263T as the extraction stores it: one row per scope, where the code is printed on page 1. */
    private void listing(long document, String determination, String productLine, int spanStart) {
        jdbc.sql("""
                INSERT INTO document_code (document_id, code, code_system, determination, product_lines, page_number,
                    span_start, span_end)
                VALUES (:doc, '0263T', 'CPT', :determination, ARRAY[:line], 1, :start, :start + 5)""")
                .param("doc", document).param("determination", determination).param("line", productLine)
                .param("start", spanStart).update();
    }
}
