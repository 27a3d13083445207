package com.policyledger.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.support.DatabaseTest;
import com.policyledger.support.SampleDocs;
import com.policyledger.support.TableDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Policies and versions as the ingest job files them, on the sample documents and real PostgreSQL. */
class PolicyVersioningTest extends DatabaseTest {

    private static final String V2025 = "coordinated-care-wa-cp-mp-526-v2025.pdf";
    private static final String V2026 = "coordinated-care-wa-cp-mp-526-v2026.pdf";

    @Autowired
    IngestRunner runner;
    @Autowired
    PolicyCatalog catalog;
    @Autowired
    VersionDiffer differ;
    @Autowired
    VersionReader versions;

    @Test
    void theDiffOfTheTwoPublicationsGivesExactlyTheCodesTheirTablesAddAndRemove() {
        runner.run(SampleDocs.FOLDER);
        long policy = catalog.find("Coordinated Care", "WA.CP.MP.526").id();

        VersionDiff diff = differ.diffLatest(policy);

        Set<String> before = distinctCodes(versions.read(policy, 1));
        Set<String> after = distinctCodes(versions.read(policy, 2));
        assertThat(codes(diff.codesAdded())).containsExactlyInAnyOrderElementsOf(difference(after, before))
                .containsExactlyInAnyOrder("0717T", "0718T", "20999");
        assertThat(codes(diff.codesRemoved())).containsExactlyInAnyOrderElementsOf(difference(before, after))
                .containsExactlyInAnyOrder("0490T", "38206");
        assertThat(diff.effectiveDate().from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(diff.effectiveDate().to()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void theNewVersionsRevisionLogRowNamesTheSameCodesTheDiffFinds() {
        runner.run(SampleDocs.FOLDER);
        long policy = catalog.find("Coordinated Care", "WA.CP.MP.526").id();
        VersionDiff diff = differ.diffLatest(policy);

        List<List<String>> newestRow = jdbc.sql("""
                SELECT r.added_codes, r.removed_codes FROM document_revision r
                JOIN policy_version v ON v.document_id = r.document_id
                WHERE v.policy_id = :policy AND v.version_number = 2
                  AND cardinality(r.added_codes) + cardinality(r.removed_codes) > 0
                ORDER BY r.revision_date DESC NULLS LAST LIMIT 1""")
                .param("policy", policy)
                .query((rs, i) -> List.of(String.join(",", new TreeSet<>(List.of((String[]) rs.getArray(1).getArray()))),
                        String.join(",", new TreeSet<>(List.of((String[]) rs.getArray(2).getArray())))))
                .list();

        assertThat(newestRow).containsExactly(List.of(String.join(",", new TreeSet<>(codes(diff.codesAdded()))),
                String.join(",", new TreeSet<>(codes(diff.codesRemoved())))));
    }

    @Test
    void loadingTheLaterPublicationFirstEndsInEffectiveDateOrder(@TempDir Path inbox) throws IOException {
        Files.copy(SampleDocs.FOLDER.resolve(V2026), inbox.resolve(V2026));
        runner.run(inbox);
        Files.copy(SampleDocs.FOLDER.resolve(V2025), inbox.resolve(V2025));
        runner.run(inbox);

        long policy = catalog.find("Coordinated Care", "WA.CP.MP.526").id();
        assertThat(catalog.history(policy)).extracting(PolicyCatalog.VersionEntry::source).containsExactly(V2025, V2026);
        assertThat(codes(differ.diffLatest(policy).codesAdded())).containsExactlyInAnyOrder("0717T", "0718T", "20999");
    }

    @Test
    void ingestingTheSameContentAgainCreatesNoVersion() {
        runner.run(SampleDocs.FOLDER);
        List<String> before = TableDump.of(jdbc);
        int versionsBefore = jdbc.sql("SELECT count(*) FROM policy_version").query(Integer.class).single();

        var again = runner.run(SampleDocs.FOLDER);

        assertThat(again.changes()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM policy_version").query(Integer.class).single()).isEqualTo(versionsBefore);
        assertThat(TableDump.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aRepublicationInAnotherFormatWithTheSameContentIsNotANewVersion() {
        runner.run(SampleDocs.FOLDER);
        long policy = catalog.find("Coordinated Care", "WA.CP.MP.526").id();

        assertThat(catalog.history(policy)).hasSize(2);
        assertThat(jdbc.sql("""
                SELECT d.source_path FROM policy_source s JOIN source_document d ON d.id = s.document_id
                WHERE s.policy_id = :policy AND s.source_kind = 'republication'""")
                .param("policy", policy).query(String.class).list())
                .containsExactly("txt/coordinated-care-wa-cp-mp-526-v2025.txt");
    }

    @Test
    void searchByCodeAnswersWithTheVersionInForceOnTheDate() {
        runner.run(SampleDocs.FOLDER);

        assertThat(catalog.listing("0717T", LocalDate.of(2026, 6, 30)))
                .noneMatch(l -> "WA.CP.MP.526".equals(l.policyNumber()));
        assertThat(catalog.listing("0717T", LocalDate.of(2026, 7, 1)))
                .anyMatch(l -> "WA.CP.MP.526".equals(l.policyNumber()) && l.versionNumber() == 2);
        assertThat(catalog.listing("38206", LocalDate.of(2025, 8, 1)))
                .anyMatch(l -> "WA.CP.MP.526".equals(l.policyNumber()) && l.versionNumber() == 1);
        assertThat(catalog.listing("38206", LocalDate.of(2026, 8, 1)))
                .noneMatch(l -> "WA.CP.MP.526".equals(l.policyNumber()));
        assertThat(catalog.listing("0565T", LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void aPolicyWithNoPrintedNumberIsKnownByPayerAndTitleAndFlagged() {
        runner.run(SampleDocs.FOLDER);

        List<String> policies = jdbc.sql("""
                SELECT p.identity_basis || ' ' || p.payer || ' ' || p.title FROM policy p
                JOIN policy_version v ON v.policy_id = p.id JOIN source_document d ON d.id = v.document_id
                WHERE d.source_path = 'bcbsri-stem-cell-orthopedic-2026.pdf'""").query(String.class).list();
        assertThat(policies).singleElement().asString()
                .startsWith("TITLE Blue Cross & Blue Shield of Rhode Island").containsIgnoringCase("stem cell");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM flag f JOIN source_document d ON d.id = f.document_id
                WHERE d.source_path = 'bcbsri-stem-cell-orthopedic-2026.pdf' AND f.kind = 'NO_POLICY_NUMBER'""")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRangeListedByAPolicyMatchesTheCodesInsideIt(@TempDir Path inbox) throws IOException {
        Files.writeString(inbox.resolve("ranges.txt"), """
                Aetna Clinical Policy Bulletin
                Number: 0999
                Subject: Hematopoietic Cell Transplantation
                Effective Date: 03/01/2026

                Policy
                Aetna considers autologous transplantation medically necessary when the criteria below are met.

                CPT codes covered if selection criteria are met:
                38240 - 38242  Hematopoietic progenitor cell transplantation
                """);
        runner.run(inbox);

        assertThat(catalog.listing("38241", LocalDate.of(2026, 3, 1)))
                .singleElement().satisfies(l -> assertThat(l.listedAs()).isEqualTo("range 38240-38242"));
        assertThat(catalog.listing("38243", LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void everyRunWritesAChangeReportAndARunWithNothingNewSaysSo() throws IOException {
        var first = runner.run(SampleDocs.FOLDER);

        assertThat(first.changes()).extracting(PolicyChange::kind).contains(PolicyChange.Kind.NEW_POLICY,
                PolicyChange.Kind.NEW_VERSION, PolicyChange.Kind.BULLETIN);
        assertThat(first.report()).exists();
        assertThat(Files.readString(first.report())).contains("WA.CP.MP.526").contains("0717T")
                .contains("bad/corrupt.pdf");
        assertThat(jdbc.sql("SELECT change_report ->> 'run' FROM ingest_run").query(String.class).list()).hasSize(1);

        var second = runner.run(SampleDocs.FOLDER);

        assertThat(second.changes()).isEmpty();
        assertThat(Files.readString(second.report())).contains("No new policies or versions.");
    }

    private static List<String> codes(List<CodeLine> lines) {
        return lines.stream().map(CodeLine::code).toList();
    }

    private static Set<String> distinctCodes(VersionContent version) {
        return version.codes().keySet().stream().map(VersionContent.CodeKey::code).collect(Collectors.toSet());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
