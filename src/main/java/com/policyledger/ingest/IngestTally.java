package com.policyledger.ingest;

import com.policyledger.ingest.IngestedDocument.Outcome;
import com.policyledger.policy.PolicyChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Counts of the current run, read by the progress line and the final summary. One run per process. */
@Component
public class IngestTally {

    private long jobExecutionId;
    private Instant startedAt = Instant.now();
    private int totalFiles;
    private int filesDone;
    private int newCount;
    private int changedCount;
    private int unchangedCount;
    private int retriedCount;
    private long pages;
    private long extractMillis;
    private long parseMillis;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<PolicyChange> changes = new ArrayList<>();
    private Path report;

    /** A file that did not load, and why. */
    public record Rejection(String source, String reason) {
    }

    synchronized void reset(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
        startedAt = Instant.now();
        totalFiles = filesDone = newCount = changedCount = unchangedCount = retriedCount = 0;
        pages = 0;
        extractMillis = parseMillis = 0;
        rejections.clear();
        changes.clear();
        report = null;
    }

    synchronized void started(int totalFiles, int alreadyDone) {
        this.totalFiles = totalFiles;
        this.filesDone = alreadyDone;
    }

    synchronized void record(IngestedDocument doc) {
        filesDone++;
        if (doc.outcome() == Outcome.UNCHANGED) {
            unchangedCount++;
            return;
        }
        if (doc.outcome() == Outcome.NEW) {
            newCount++;
        } else {
            changedCount++;
        }
        if (doc.outcome() == Outcome.RETRIED) {
            retriedCount++;
        }
        pages += doc.pageCount();
        parseMillis += doc.parseMillis();
        extractMillis += doc.extractMillis();
        if (doc.rejected()) {
            rejections.add(new Rejection(doc.file().relativePath(), doc.reason()));
        }
    }

    synchronized void recordChange(PolicyChange change) {
        changes.add(change);
    }

    synchronized void reportWritten(Path markdown) {
        report = markdown;
    }

    synchronized long jobExecutionId() {
        return jobExecutionId;
    }

    public synchronized Summary summary() {
        Duration elapsed = Duration.between(startedAt, Instant.now());
        return new Summary(startedAt, elapsed, totalFiles, filesDone, newCount, changedCount, unchangedCount,
                retriedCount, pages, parseMillis, extractMillis, List.copyOf(rejections), List.copyOf(changes), report);
    }

    /**
     * A snapshot of the run so far. New and changed counts include rejected files; changed includes
     * retried ones (content rejected before, parsed again on request), which are also counted apart.
     */
    public record Summary(Instant startedAt, Duration elapsed, int totalFiles, int filesDone, int newCount,
            int changedCount, int unchangedCount, int retriedCount, long pages, long parseMillis, long extractMillis,
            List<Rejection> rejections, List<PolicyChange> changes, Path report) {

        public double seconds() {
            return elapsed.toMillis() / 1000.0;
        }

        /** The part of parsing plus extraction spent extracting. */
        public double extractionShare() {
            long total = parseMillis + extractMillis;
            return total == 0 ? 0 : (double) extractMillis / total;
        }

        public double pagesPerSecond() {
            return seconds() == 0 ? 0 : pages / seconds();
        }

        /** Seconds left at the current rate, or -1 before there is a rate. */
        public long etaSeconds() {
            if (filesDone == 0) {
                return -1;
            }
            return Math.round(seconds() / filesDone * (totalFiles - filesDone));
        }

        public String oneLine() {
            return String.format("%d new, %d changed%s, %d unchanged, %d rejected; %d pages in %.1f s (%.1f pages/s)",
                    newCount, changedCount, retriedCount == 0 ? "" : " (" + retriedCount + " retried)", unchangedCount,
                    rejections.size(), pages, seconds(), pagesPerSecond());
        }
    }
}
