package com.policyledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.policyledger.support.ChildDatabase;
import com.policyledger.support.DatabaseTest;
import com.policyledger.support.PolicyLedgerProcess;
import com.policyledger.support.SampleDocs;
import com.policyledger.support.TableDump;
import com.policyledger.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command as a separate process: killed, raced, misconfigured. */
class IngestProcessTest extends DatabaseTest {

    private static final Pattern FILES_DONE = Pattern.compile("files (\\d+)/");

    @Test
    void aRunKilledMidwayAndRunAgainLeavesExactlyTheDatabaseOfAnUninterruptedRun(@TempDir Path work) throws Exception {
        Path inbox = SampleDocs.replicatedPdfs(work.resolve("inbox"), 60);
        Path interruptedData = TestDatabase.newDataDir("killed");

        PolicyLedgerProcess first = PolicyLedgerProcess.start(interruptedData, "ingest", inbox.toString(),
                "--policyledger.progress-interval=100ms");
        waitUntilFilesDone(first, 10);
        first.kill();
        PolicyLedgerProcess rerun = PolicyLedgerProcess.start(interruptedData, "ingest", inbox.toString());
        assertThat(rerun.waitFor()).as(rerun.output()).isZero();
        List<String> afterKill = ChildDatabase.query(interruptedData, jdbc, TableDump::of);

        emptyTables();
        Path cleanData = TestDatabase.newDataDir("uninterrupted");
        PolicyLedgerProcess uninterrupted = PolicyLedgerProcess.start(cleanData, "ingest", inbox.toString());
        assertThat(uninterrupted.waitFor()).as(uninterrupted.output()).isZero();
        List<String> expected = ChildDatabase.query(cleanData, jdbc, TableDump::of);

        assertThat(afterKill).hasSizeGreaterThan(60).isEqualTo(expected);
    }

    @Test
    void aSecondRunStartedWhileOneIsGoingRefusesWithAClearMessage(@TempDir Path work) throws Exception {
        Path inbox = SampleDocs.replicatedPdfs(work.resolve("inbox"), 40);
        Path data = TestDatabase.newDataDir("race");

        PolicyLedgerProcess first = PolicyLedgerProcess.start(data, "ingest", inbox.toString(),
                "--policyledger.progress-interval=100ms");
        waitUntilFilesDone(first, 1);
        // Frozen mid-run with its locks held: however fast the machine, it cannot finish before the second starts.
        first.pause();
        PolicyLedgerProcess second = PolicyLedgerProcess.start(data, "ingest", inbox.toString());

        assertThat(second.waitFor()).as(second.output()).isEqualTo(1);
        assertThat(first.isAlive()).as("the first run was still going").isTrue();
        assertThat(second.output()).containsPattern("error: (another ingest run is in progress|data dir .* is in use)");
        first.kill();
        ChildDatabase.query(data, jdbc, db -> null); // stops the PostgreSQL the killed run left behind
    }

    @Test
    void filesOverTheSizeLimitOrTheParseTimeoutAreRejectedAndTheRunCompletes(@TempDir Path work) throws Exception {
        Path inbox = SampleDocs.replicatedPdfs(work.resolve("inbox"), 3);
        PolicyLedgerProcess run = PolicyLedgerProcess.start(TestDatabase.newDataDir("limits"), "ingest",
                inbox.toString(), "--policyledger.parse-timeout=1ms", "--policyledger.max-file-bytes=1B");

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(run.output()).contains("3 rejected").contains("over policyledger.max-file-bytes");

        emptyTables(); // the external database is shared by both runs
        PolicyLedgerProcess slow = PolicyLedgerProcess.start(TestDatabase.newDataDir("timeout"), "ingest",
                SampleDocs.replicatedPdfs(work.resolve("slow"), 2).toString(), "--policyledger.parse-timeout=1ms");
        assertThat(slow.waitFor()).as(slow.output()).isZero();
        assertThat(slow.output()).contains("2 rejected").contains("longer than policyledger.parse-timeout");
    }

    @Test
    void aRejectedFileIsParsedAgainOnlyWhenAskedAndThenLoads(@TempDir Path work) throws Exception {
        Path inbox = SampleDocs.replicatedPdfs(work.resolve("inbox"), 2);
        Path data = TestDatabase.newDataDir("retry");

        PolicyLedgerProcess tooSmallALimit = PolicyLedgerProcess.start(data, "ingest", inbox.toString(),
                "--policyledger.max-file-bytes=1B");
        assertThat(tooSmallALimit.waitFor()).as(tooSmallALimit.output()).isZero();
        assertThat(tooSmallALimit.output()).contains("2 rejected").contains("ingest --retry-rejected");

        PolicyLedgerProcess plainRerun = PolicyLedgerProcess.start(data, "ingest", inbox.toString());
        assertThat(plainRerun.waitFor()).as(plainRerun.output()).isZero();
        assertThat(plainRerun.output()).contains("0 new, 0 changed, 2 unchanged, 0 rejected");

        PolicyLedgerProcess retry = PolicyLedgerProcess.start(data, "ingest", "--retry-rejected", inbox.toString());
        assertThat(retry.waitFor()).as(retry.output()).isZero();
        assertThat(retry.output()).contains("0 new, 2 changed (2 retried), 0 unchanged, 0 rejected");
        List<String> rows = ChildDatabase.query(data, jdbc, db -> db.sql("""
                SELECT d.status || ' ' || d.change_kind || ' ' || (d.reason IS NULL) || ' '
                       || (SELECT count(*) > 0 FROM document_page p WHERE p.document_id = d.id)
                FROM source_document d""").query(String.class).list());
        assertThat(rows).containsExactly("LOADED RETRIED true true", "LOADED RETRIED true true");

        PolicyLedgerProcess retryAgain = PolicyLedgerProcess.start(data, "ingest", "--retry-rejected", inbox.toString());
        assertThat(retryAgain.waitFor()).as(retryAgain.output()).isZero();
        assertThat(retryAgain.output()).as("loaded content is not parsed again")
                .contains("0 new, 0 changed, 2 unchanged, 0 rejected");
    }

    @Test
    void withoutOcrAScannedPageIsFlaggedNoTextLayerAndTheDocumentStillLoads(@TempDir Path work) throws Exception {
        Path data = TestDatabase.newDataDir("no-ocr");
        Path inbox = work.resolve("inbox");
        java.nio.file.Files.createDirectories(inbox);
        java.nio.file.Files.copy(SampleDocs.FOLDER.resolve("scanned/bcbsri-pad-scanned-page.pdf"),
                inbox.resolve("scan.pdf"));

        PolicyLedgerProcess run = PolicyLedgerProcess.start(data, "ingest", inbox.toString(), "--policyledger.ocr=false");
        assertThat(run.waitFor()).as(run.output()).isZero();

        List<String> rows = ChildDatabase.query(data, jdbc, db -> db.sql("""
                SELECT d.status || ' ' || f.kind || ' ' || f.page_number
                FROM source_document d JOIN flag f ON f.document_id = d.id""").query(String.class).list());
        assertThat(rows).containsExactly("LOADED NO_TEXT_LAYER 1");
    }

    @Test
    void aMissingFolderFailsTheRunWithOneLineAndNoStackTrace() throws Exception {
        PolicyLedgerProcess run = PolicyLedgerProcess.start(TestDatabase.newDataDir("missing"), "ingest",
                "/no/such/folder");

        assertThat(run.waitFor()).isEqualTo(1);
        assertThat(run.output()).contains("error: folder not found: /no/such/folder").doesNotContain("\tat ");
    }

    private static void waitUntilFilesDone(PolicyLedgerProcess process, int files) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher progress = FILES_DONE.matcher(process.output());
            int done = 0;
            while (progress.find()) {
                done = Integer.parseInt(progress.group(1));
            }
            if (done >= files) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("ingest ended before " + files + " files:\n" + process.output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ingest did not reach " + files + " files:\n" + process.output());
    }
}
