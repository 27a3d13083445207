package com.policyledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.policyledger.support.DatabaseTest;
import com.policyledger.support.SampleDocs;
import com.policyledger.support.TableDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The ingest job end to end on the bundled sample documents, against real PostgreSQL. */
class IngestJobTest extends DatabaseTest {

    @Autowired
    IngestRunner runner;

    @Test
    void everySampleFileIsAccountedForAndEachRejectionSaysWhy() {
        IngestTally.Summary summary = runner.run(SampleDocs.FOLDER);

        List<String> files = SampleDocs.allFiles();
        assertThat(jdbc.sql("SELECT source_path FROM source_path").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(files);
        assertThat(summary.newCount() + summary.changedCount() + summary.unchangedCount()).isEqualTo(files.size());
        Map<String, String> rejected = jdbc.sql("SELECT source_path, reason FROM source_document WHERE status = 'REJECTED'")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(rejected).containsOnlyKeys("bad/corrupt.pdf", "bad/encrypted.pdf", "bad/empty.pdf",
                "bad/unsupported.bin");
        assertThat(rejected.get("bad/corrupt.pdf")).startsWith("corrupt or truncated PDF");
        assertThat(rejected.get("bad/encrypted.pdf")).startsWith("encrypted PDF").contains("password");
        assertThat(rejected.get("bad/empty.pdf")).startsWith("empty file");
        assertThat(rejected.get("bad/unsupported.bin")).startsWith("unsupported file type");
        assertThat(jdbc.sql("SELECT count(*) FROM source_document WHERE status = 'LOADED' AND page_count = 0")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSecondRunOnTheSameFolderAddsNothing() {
        runner.run(SampleDocs.FOLDER);
        List<String> before = TableDump.of(jdbc);

        IngestTally.Summary again = runner.run(SampleDocs.FOLDER);

        assertThat(again.newCount()).isZero();
        assertThat(again.changedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(SampleDocs.allFiles().size());
        assertThat(TableDump.of(jdbc)).isEqualTo(before);
    }

    @Test
    void newContentAtAKnownPathIsChangedAndAMovedCopyIsUnchanged(@TempDir Path inbox) throws IOException {
        Path policy = inbox.resolve("policy.txt");
        String firstVersion = "Policy Number: MP.13.20\nEffective Date: 01/01/2026\nCPT 0263T is not covered.";
        Files.writeString(policy, firstVersion);
        runner.run(inbox);

        Files.writeString(policy, "Policy Number: MP.13.20\nEffective Date: 07/01/2026\nCPT 0263T is not covered.");
        Files.createDirectories(inbox.resolve("moved"));
        Files.writeString(inbox.resolve("moved/renamed-copy.txt"), firstVersion);
        IngestTally.Summary summary = runner.run(inbox);

        assertThat(summary.changedCount()).isEqualTo(1);
        assertThat(summary.unchangedCount()).isEqualTo(1);
        assertThat(summary.newCount()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM source_document").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void cleanTextOfAPdfPageHasWhatThePageShowsButNotItsRunningFooter() {
        runner.run(SampleDocs.FOLDER);

        Map<String, Object> page = jdbc.sql("""
                SELECT p.raw_text, p.clean_text FROM document_page p JOIN source_document d ON d.id = p.document_id
                WHERE d.source_path = 'bcbsri-stem-cell-orthopedic-2026.pdf' AND p.page_number = 2""")
                .query().singleRow();

        assertThat((String) page.get("raw_text")).contains("MEDICAL COVERAGE POLICY | 2");
        assertThat((String) page.get("clean_text")).doesNotContain("MEDICAL COVERAGE POLICY").isNotBlank();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM document_page p JOIN source_document d ON d.id = p.document_id
                WHERE d.source_path = 'bcbsri-stem-cell-orthopedic-2026.pdf'""").query(Integer.class).single())
                .isGreaterThan(2);
    }

    @Test
    void aScannedPageYieldsTextThroughOcrWhenTesseractIsInstalled() {
        assumeThat(tesseractInstalled()).as("tesseract on the PATH").isTrue();

        runner.run(SampleDocs.FOLDER);

        Map<String, Object> page = jdbc.sql("""
                SELECT p.clean_text, p.ocr FROM document_page p JOIN source_document d ON d.id = p.document_id
                WHERE d.source_path = 'scanned/bcbsri-pad-scanned-page.pdf' AND p.page_number = 1""")
                .query().singleRow();
        assertThat(page.get("ocr")).isEqualTo(true);
        assertThat((String) page.get("clean_text")).contains("0263T");
    }

    @Test
    void aFinishedRunReleasesTheDatabaseRunLock() {
        runner.run(SampleDocs.FOLDER);

        assertThat(jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
                .query(Integer.class).single()).isZero();
    }

    static boolean tesseractInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/tesseract"));
    }
}
