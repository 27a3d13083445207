package com.policyledger.cli;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.ingest.IngestTally;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ingest <folder>}: loads every new or changed file of a folder. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load every new or changed file under FOLDER (recursively): text per page, then extraction.",
                "Files already loaded are counted unchanged; bad files are recorded as REJECTED with a reason.",
                "Exit code 0 when the run completed, even with rejections."})
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Parameters(paramLabel = "FOLDER", description = "Folder of policy files (PDF, HTML, DOCX, DOC, RTF, TXT).")
    private Path folder;

    @Option(names = "--retry-rejected", description = {"Parse again the files an earlier run rejected, instead of"
            + " counting them unchanged: after raising policyledger.max-file-bytes or parse-timeout, installing"
            + " tesseract, or upgrading."})
    private boolean retryRejected;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = cli.contexts().ingest()) {
            IngestTally.Summary summary = context.getBean(IngestRunner.class).run(folder, retryRejected);
            System.out.println("ingest finished: " + summary.oneLine());
            System.out.printf("time: parsing %.1f s, extraction %.1f s (%.0f %% of the per-page work)%n",
                    summary.parseMillis() / 1000.0, summary.extractMillis() / 1000.0, summary.extractionShare() * 100);
            summary.rejections().forEach(r -> System.out.println("  rejected " + r.source() + ": " + r.reason()));
            System.out.println(summary.changes().isEmpty() ? "no new policies or versions" : "policy changes:");
            summary.changes().forEach(c -> System.out.printf("  %-11s %s %s%s: %s%n", c.kind(), c.payer(),
                    c.policyNumber() == null ? "\"" + c.title() + "\"" : c.policyNumber(),
                    c.versionNumber() == null ? "" : " v" + c.versionNumber(), c.summary()));
            if (summary.report() != null) {
                System.out.println("change report: " + summary.report());
            }
            return 0;
        }
    }
}
