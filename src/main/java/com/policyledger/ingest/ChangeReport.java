package com.policyledger.ingest;

import com.policyledger.export.Json;
import com.policyledger.policy.PolicyChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run changed, as Markdown for people and JSON for tools, written under the data dir's reports/. */
record ChangeReport(long runId, IngestTally.Summary summary) {

    List<PolicyChange> changes() {
        return summary.changes();
    }

    String json() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("run", runId);
        report.put("started_at", summary.startedAt().toString());
        report.put("new_files", summary.newCount());
        report.put("changed_files", summary.changedCount());
        report.put("unchanged_files", summary.unchangedCount());
        report.put("rejected", summary.rejections());
        report.put("policy_changes", changes());
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Ingest run ").append(runId).append("\n\n")
                .append(summary.oneLine()).append("\n\n");
        if (changes().isEmpty()) {
            md.append("No new policies or versions.\n");
        } else {
            md.append("| change | payer | policy | version | source | what changed |\n|---|---|---|---|---|---|\n");
            changes().forEach(c -> md.append(String.format("| %s | %s | %s | %s | %s | %s |%n", c.kind(), c.payer(),
                    c.policyNumber() == null ? c.title() : c.policyNumber(),
                    c.versionNumber() == null ? "" : "v" + c.versionNumber(), c.source(), c.summary())));
        }
        if (!summary.rejections().isEmpty()) {
            md.append("\n## Rejected files\n\n");
            summary.rejections().forEach(r -> md.append("- ").append(r.source()).append(": ").append(r.reason())
                    .append('\n'));
        }
        return md.toString();
    }

    Path writeUnder(Path dataDir) {
        try {
            Path reports = Files.createDirectories(dataDir.resolve("reports"));
            Files.writeString(reports.resolve("ingest-" + runId + ".json"), json());
            Path markdown = reports.resolve("ingest-" + runId + ".md");
            Files.writeString(markdown, markdown());
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the change report under " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
