package com.policyledger.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyledger.export.DocumentExporter;
import com.policyledger.export.Json;
import com.policyledger.ingest.IngestRunner;
import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionDiff.DeterminationChange;
import com.policyledger.support.DatabaseTest;
import com.policyledger.support.SampleDocs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A code a policy lists once per product line, each with its own determination, through store,
 * versions, diff, export and search. The BCBSRI PAD policy does it: "not covered for Medicare
 * Advantage Plans and not medically necessary for Commercial Products"; its PDF rendering leaves
 * the second listing unscoped, its HTML rendering scopes it to Commercial.
 */
class ScopedCodeListingsTest extends DatabaseTest {

    private static final String PDF = "bcbsri-stem-cell-pad-2026.pdf";
    private static final String HTML = "html/bcbsri-stem-cell-pad-2026.html";
    private static final String TITLE = "Stem Cell Therapy for Peripheral Arterial Disease";

    @Autowired
    IngestRunner runner;
    @Autowired
    PolicyCatalog catalog;
    @Autowired
    VersionReader versions;
    @Autowired
    DocumentExporter exporter;

    @TempDir
    Path inbox;

    @BeforeEach
    void ingestBothRenderings() throws IOException {
        for (String file : List.of(PDF, HTML)) {
            Path copy = inbox.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(SampleDocs.FOLDER.resolve(file), copy);
        }
        runner.run(inbox);
    }

    @Test
    void bothListingsOfACodeAreStored() {
        assertThat(listings(HTML, "0263T"))
                .containsExactly("NOT_COVERED {MEDICARE_ADVANTAGE}", "NOT_MEDICALLY_NECESSARY {COMMERCIAL}");
        assertThat(listings(PDF, "0263T"))
                .containsExactly("NOT_COVERED {MEDICARE_ADVANTAGE}", "NOT_MEDICALLY_NECESSARY {}");
    }

    @Test
    void theVersionKeepsBothScopesAndTheDiffOfTheRenderingsSaysTheirScopesDiffer() {
        long policy = catalog.find("Blue Cross", TITLE).id();
        VersionContent pdf = version(policy, PDF);
        VersionContent html = version(policy, HTML);

        assertThat(html.codes()).containsKeys(new CodeKey("0263T", List.of("MEDICARE_ADVANTAGE")),
                new CodeKey("0263T", List.of("COMMERCIAL")));
        VersionDiff diff = VersionDiffer.diff(pdf, html);
        assertThat(diff.codesAdded()).isEmpty();
        assertThat(diff.codesRemoved()).isEmpty();
        assertThat(diff.determinationChanges())
                .extracting(DeterminationChange::code, DeterminationChange::from, DeterminationChange::to,
                        DeterminationChange::fromProductLines, DeterminationChange::toProductLines)
                .containsExactly(scopedToCommercial("0263T"), scopedToCommercial("0264T"), scopedToCommercial("0265T"));
        assertThat(catalog.history(policy)).extracting(PolicyCatalog.VersionEntry::changeSummary)
                .containsExactly("first version", "product lines changed for 0263T, 0264T, 0265T");
    }

    @Test
    void theExportHasOneEntryPerCodeAndScope() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        exporter.writeJsonLines(json);
        JsonNode html = json.toString(StandardCharsets.UTF_8).lines().map(ScopedCodeListingsTest::parse)
                .filter(d -> d.get("source").asText().equals(HTML)).findFirst().orElseThrow();

        assertThat(StreamSupport.stream(html.get("codes").spliterator(), false)
                .filter(c -> c.get("code").asText().equals("0263T"))
                .map(c -> c.get("determination").asText() + " " + c.get("product_lines")))
                .containsExactlyInAnyOrder("NOT_COVERED [\"MEDICARE_ADVANTAGE\"]",
                        "NOT_MEDICALLY_NECESSARY [\"COMMERCIAL\"]");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exporter.writeCsv(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().filter(row -> row.startsWith(HTML + ","))
                .filter(row -> row.contains(",0263T,"))).hasSize(2);
    }

    @Test
    void searchByCodeListsEachScopesDetermination() {
        long policy = catalog.find("Blue Cross", TITLE).id();
        VersionContent inForce = versions.read(policy, versions.latestVersion(policy));

        assertThat(catalog.listing("0263T", inForce.effectiveDate()))
                .extracting(PolicyCatalog.CodeListing::versionNumber, PolicyCatalog.CodeListing::determination,
                        PolicyCatalog.CodeListing::productLines)
                .containsExactlyInAnyOrderElementsOf(inForce.codes().values().stream()
                        .filter(line -> line.code().equals("0263T"))
                        .map(line -> tuple(inForce.versionNumber(), line.determination(), line.productLines()))
                        .toList())
                .hasSize(2);
    }

    private List<String> listings(String source, String code) {
        return jdbc.sql("""
                SELECT c.determination || ' ' || c.product_lines::text FROM document_code c
                JOIN source_document d ON d.id = c.document_id
                WHERE d.source_path = :source AND c.code = :code ORDER BY 1""")
                .param("source", source).param("code", code).query(String.class).list();
    }

    private VersionContent version(long policy, String source) {
        return IntStream.rangeClosed(1, versions.latestVersion(policy)).mapToObj(n -> versions.read(policy, n))
                .filter(v -> v.source().equals(source)).findFirst().orElseThrow();
    }

    /** The not-medically-necessary listing, for all product lines in the PDF, for Commercial in the HTML. */
    private static Tuple scopedToCommercial(String code) {
        return tuple(code, "NOT_MEDICALLY_NECESSARY", "NOT_MEDICALLY_NECESSARY", List.of(), List.of("COMMERCIAL"));
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
