package com.policyledger.web.runs;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.ingest.IngestTally;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the ingest of the inbox when the schedule says; a failed run is logged and the next one tried. */
public class NightlyIngest implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(NightlyIngest.class);

    private final IngestRunner runner;
    private final Path inbox;
    private final String schedule;
    private volatile String lastOutcome = "not run yet";

    NightlyIngest(IngestRunner runner, Path inbox, String schedule) {
        this.runner = runner;
        this.inbox = inbox;
        this.schedule = schedule;
    }

    @Override
    public void run() {
        log.info("Scheduled ingest of {} starting", inbox);
        try {
            IngestTally.Summary summary = runner.run(inbox);
            lastOutcome = Instant.now() + ": " + summary.oneLine();
            log.info("Scheduled ingest finished: {}", summary.oneLine());
        } catch (RuntimeException e) {
            // The scheduler would swallow it anyway; say it where the operator looks, and keep the schedule.
            lastOutcome = Instant.now() + ": failed: " + e.getMessage();
            log.error("Scheduled ingest of {} failed: {}", inbox, e.getMessage());
        }
    }

    public Path inbox() {
        return inbox;
    }

    public String schedule() {
        return schedule;
    }

    public String lastOutcome() {
        return lastOutcome;
    }
}
