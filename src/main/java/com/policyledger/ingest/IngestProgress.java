package com.policyledger.ingest;

import com.policyledger.PolicyLedgerProperties;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a run is going: a live line rewritten in place on a terminal, a log line every
 * {@code policyledger.progress-interval} otherwise (so nightly logs stay readable).
 */
final class IngestProgress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final IngestTally tally;
    private final boolean terminal = System.console() != null;
    private final PrintStream out = System.err;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ingest-progress");
        thread.setDaemon(true);
        return thread;
    });

    IngestProgress(IngestTally tally, PolicyLedgerProperties properties) {
        this.tally = tally;
        long period = terminal ? 500 : properties.progressInterval().toMillis();
        timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
    }

    private void show() {
        IngestTally.Summary s = tally.summary();
        String eta = s.etaSeconds() < 0 ? "--" : s.etaSeconds() + " s";
        String line = String.format("files %d/%d, %d pages, %.1f pages/s, ETA %s", s.filesDone(), s.totalFiles(),
                s.pages(), s.pagesPerSecond(), eta);
        if (terminal) {
            out.print("\r" + line + "   ");
            out.flush();
        } else {
            log.info(line);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (terminal) {
            out.print("\r" + " ".repeat(80) + "\r");
            out.flush();
        }
    }
}
