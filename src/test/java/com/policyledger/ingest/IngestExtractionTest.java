package com.policyledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyledger.export.DocumentExporter;
import com.policyledger.export.Json;
import com.policyledger.review.CorrectionField;
import com.policyledger.review.Decision;
import com.policyledger.review.DecisionRequest;
import com.policyledger.review.FlagDecisions;
import com.policyledger.support.DatabaseTest;
import com.policyledger.support.SampleDocs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What ingesting the samples stores beyond text: kinds, codes, flags and the export contract. */
class IngestExtractionTest extends DatabaseTest {

    @Autowired
    IngestRunner runner;
    @Autowired
    DocumentExporter exporter;
    @Autowired
    FlagDecisions decisions;

    @BeforeEach
    void ingestSamples() {
        runner.run(SampleDocs.FOLDER);
    }

    @Test
    void anInformationalArticleIsKeptWithItsKindButCreatesNoPolicyAndNoCodes() {
        for (String article : List.of("regenerative-medicine-coverage-article.pdf",
                "docx/regenerative-medicine-coverage-article.docx")) {
            Map<String, Object> row = jdbc.sql("""
                    SELECT e.doc_kind,
                           (SELECT count(*) FROM document_code c WHERE c.document_id = d.id) AS codes,
                           (SELECT count(*) FROM policy_version v WHERE v.document_id = d.id)
                         + (SELECT count(*) FROM policy_source s WHERE s.document_id = d.id) AS policies
                    FROM source_document d JOIN document_extraction e ON e.document_id = d.id
                    WHERE d.source_path = :path""").param("path", article).query().singleRow();
            assertThat(row).containsEntry("doc_kind", "informational").containsEntry("codes", 0L)
                    .containsEntry("policies", 0L);
        }
    }

    @Test
    void theCignaEighthRowIsFlaggedMalformedWithItsPageAndNeverStoredAsACode() {
        List<Map<String, Object>> malformed = jdbc.sql("""
                SELECT f.raw, f.page_number FROM flag f JOIN source_document d ON d.id = f.document_id
                WHERE d.source_path = 'cigna-mm0552-bulletin.pdf' AND f.kind = 'MALFORMED_CODE'""").query().listOfRows();

        assertThat(malformed).singleElement().satisfies(flag -> {
            assertThat((String) flag.get("raw")).contains("0552T.1");
            assertThat(flag.get("page_number")).isEqualTo(4);
        });
        assertThat(jdbc.sql("""
                SELECT c.code FROM document_code c JOIN source_document d ON d.id = c.document_id
                WHERE d.source_path = 'cigna-mm0552-bulletin.pdf' ORDER BY c.code""").query(String.class).list())
                .containsExactly("0565T", "0566T", "0717T", "0718T", "20999", "38230", "38232");
    }

    @Test
    void theCignaBulletinsStatedCountAndContradictoryTableAreFlagged() {
        List<String> kinds = jdbc.sql("""
                SELECT DISTINCT f.kind FROM flag f JOIN source_document d ON d.id = f.document_id
                WHERE d.source_path = 'cigna-mm0552-bulletin.pdf'""").query(String.class).list();

        assertThat(kinds).contains("COUNT_MISMATCH", "CONTRADICTION");
    }

    @Test
    void aThirdPartyBulletinAttachesToThePolicyItIsAboutWithoutMakingAVersion() {
        Map<String, Object> row = jdbc.sql("""
                SELECT p.payer, p.policy_number, s.source_kind,
                       (SELECT count(*) FROM policy_version v WHERE v.policy_id = p.id) AS versions
                FROM policy_source s JOIN policy p ON p.id = s.policy_id JOIN source_document d ON d.id = s.document_id
                WHERE d.source_path = 'cigna-mm0552-bulletin.pdf'""").query().singleRow();

        assertThat(row).containsEntry("payer", "Cigna").containsEntry("policy_number", "MM 0552")
                .containsEntry("source_kind", "bulletin").containsEntry("versions", 0L);
    }

    @Test
    void theJsonLinesExportCarriesEveryContractFieldForEveryDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = exporter.writeJsonLines(out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize((int) written).hasSize(SampleDocs.allFiles().size());
        for (String line : lines) {
            JsonNode document = Json.mapper().readTree(line);
            assertThat(document.fieldNames()).toIterable().contains("source", "sha256", "media_type", "pages", "status",
                    "reason", "doc_kind", "payer", "policy_number", "title", "effective_date", "last_reviewed_date",
                    "product_lines", "codes", "ranges", "determinations", "statements", "revisions", "flags");
        }
        JsonNode wa = lines.stream().map(this::parse)
                .filter(d -> d.get("source").asText().equals("coordinated-care-wa-cp-mp-526-v2025.pdf")).findFirst()
                .orElseThrow();
        assertThat(wa.get("effective_date").asText()).isEqualTo("2025-07-01");
        assertThat(wa.get("codes").get(0).fieldNames()).toIterable()
                .containsExactly("code", "system", "determination", "product_lines", "page");
    }

    @Test
    void theExportCarriesAnAnalystsCorrectionAndSaysWhoMadeIt() throws Exception {
        long flag = jdbc.sql("""
                SELECT f.id FROM flag f JOIN source_document d ON d.id = f.document_id
                WHERE d.source_path = 'cigna-mm0552-bulletin.pdf' AND f.kind = 'MALFORMED_CODE'""")
                .query(Long.class).single();
        decisions.decide(flag, new DecisionRequest(Decision.CORRECTED, CorrectionField.CODE, "0552T", null), "alice");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeJsonLines(out);

        JsonNode cigna = out.toString(StandardCharsets.UTF_8).lines().map(this::parse)
                .filter(d -> d.get("source").asText().equals("cigna-mm0552-bulletin.pdf")).findFirst().orElseThrow();
        assertThat(cigna.get("codes").findValuesAsText("code")).contains("0552T", "0565T");
        assertThat(cigna.get("corrections").get(0).get("decided_by").asText()).isEqualTo("alice");
        assertThat(cigna.get("corrections").get(0).get("was").asText()).contains("0552T.1");
    }

    private JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
