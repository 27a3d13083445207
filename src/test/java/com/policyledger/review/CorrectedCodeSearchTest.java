package com.policyledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.policy.PolicyCatalog;
import com.policyledger.policy.PolicyCatalog.CodeListing;
import com.policyledger.support.DatabaseTest;
import com.policyledger.support.SampleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search by code over the two real WA.CP.MP.526 publications (2025: lists 38206, not 0717T; 2026:
 * lists 0717T and 0718T, effective 2026-07-01), with analysts' decisions on flags of the 2026 one.
 */
class CorrectedCodeSearchTest extends DatabaseTest {

    private static final String V2025 = "coordinated-care-wa-cp-mp-526-v2025.pdf";
    private static final String V2026 = "coordinated-care-wa-cp-mp-526-v2026.pdf";
    private static final LocalDate IN_2026 = LocalDate.of(2026, 8, 1);

    @Autowired
    IngestRunner runner;
    @Autowired
    FlagDecisions decisions;
    @Autowired
    CorrectedCodeSearch search;
    @Autowired
    PolicyCatalog catalog;

    @TempDir
    Path inbox;

    ReviewFixtures fixtures;
    long v2026;

    @BeforeEach
    void ingestBothPublications() throws IOException {
        for (String file : List.of(V2025, V2026)) {
            Files.copy(SampleDocs.FOLDER.resolve(file), inbox.resolve(file));
        }
        runner.run(inbox);
        fixtures = new ReviewFixtures(jdbc);
        v2026 = jdbc.sql("SELECT id FROM source_document WHERE source_path = :path").param("path", V2026)
                .query(Long.class).single();
    }

    @Test
    void withoutCorrectionsTheSearchIsWhatWasExtracted() {
        for (String code : List.of("0717T", "38206", "0565T", "0232T")) {
            for (LocalDate date : List.of(LocalDate.of(2025, 8, 1), IN_2026)) {
                assertThat(search.listing(code, date)).isEqualTo(catalog.listing(code, date));
            }
        }
        assertThat(versionsListing("0717T", IN_2026)).containsExactly(2);
    }

    @Test
    void aFlaggedTextAnAnalystSaysIsNotACodeIsNotFound() {
        decide(fixtures.flag(v2026, "MALFORMED_CODE", "0717T", "row-0717T"), Decision.REJECTED,
                CorrectionField.NOT_A_CODE, null);

        assertThat(versionsListing("0717T", IN_2026)).isEmpty();
        assertThat(versionsListing("0718T", IN_2026)).containsExactly(2);
    }

    @Test
    void aCodeTypedInByAnAnalystIsFoundWithTheTablesUsualDetermination() {
        assertThat(versionsListing("0232T", IN_2026)).isEmpty();

        decide(fixtures.flag(v2026, "MALFORMED_CODE", "0232 T", "row-0232"), Decision.CORRECTED,
                CorrectionField.CODE, "0232T");

        List<CodeListing> found = search.listing("0232T", IN_2026);
        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.versionNumber()).isEqualTo(2);
            assertThat(l.listedAs()).isEqualTo("code");
            assertThat(l.determination()).isEqualTo(
                    search.listing("0718T", IN_2026).get(0).determination());
        });
    }

    @Test
    void aCorrectedDeterminationIsTheOneFound() {
        assertThat(search.listing("0718T", IN_2026)).extracting(CodeListing::determination)
                .doesNotContain("COVERED");

        decide(fixtures.flag(v2026, "LOW_CONFIDENCE", "0718T", "det-0718T"), Decision.CORRECTED,
                CorrectionField.DETERMINATION, "covered");

        assertThat(search.listing("0718T", IN_2026)).extracting(CodeListing::determination).containsOnly("COVERED");
        assertThat(search.listing("0717T", IN_2026)).extracting(CodeListing::determination)
                .doesNotContain("COVERED");
    }

    @Test
    void aCorrectedEffectiveDatePutsTheVersionInForceFromThatDate() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        assertThat(versionsListing("0718T", june)).isEmpty();

        decide(fixtures.flag(v2026, "BAD_DATE", "06/01/26", "date-1"), Decision.CORRECTED,
                CorrectionField.EFFECTIVE_DATE, "2026-06-01");

        assertThat(search.listing("0718T", june)).singleElement().satisfies(l -> {
            assertThat(l.versionNumber()).isEqualTo(2);
            assertThat(l.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        });
        assertThat(versionsListing("0718T", LocalDate.of(2026, 5, 31))).isEmpty();
    }

    @Test
    void aCorrectedEffectiveDateEndsTheVersionBeforeItThen() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        String sharedCode = "38241"; // listed by both publications
        assertThat(versionsListing(sharedCode, june)).containsExactly(1);

        decide(fixtures.flag(v2026, "BAD_DATE", "06/01/26", "date-1"), Decision.CORRECTED,
                CorrectionField.EFFECTIVE_DATE, "2026-06-01");

        assertThat(versionsListing(sharedCode, june)).containsExactly(2);
        assertThat(versionsListing(sharedCode, LocalDate.of(2026, 5, 31))).containsExactly(1);
    }

    private void decide(long flag, Decision decision, CorrectionField field, String value) {
        decisions.decide(flag, new DecisionRequest(decision, field, value, null), "alice");
    }

    private List<Integer> versionsListing(String code, LocalDate date) {
        return search.listing(code, date).stream().filter(l -> "WA.CP.MP.526".equals(l.policyNumber()))
                .map(CodeListing::versionNumber).toList();
    }
}
