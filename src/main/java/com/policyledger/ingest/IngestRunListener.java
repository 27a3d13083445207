package com.policyledger.ingest;

import com.policyledger.PolicyLedgerProperties;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Starts the tally and progress line with each run; records the run's summary and change report when it completes. */
@Component
class IngestRunListener implements JobExecutionListener {

    private final IngestTally tally;
    private final PolicyLedgerProperties properties;
    private final JdbcClient jdbc;
    private IngestProgress progress;

    IngestRunListener(IngestTally tally, PolicyLedgerProperties properties, JdbcClient jdbc) {
        this.tally = tally;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        tally.reset(execution.getId());
        progress = new IngestProgress(tally, properties);
    }

    @Override
    public void afterJob(JobExecution execution) {
        progress.close();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        IngestTally.Summary s = tally.summary();
        ChangeReport report = new ChangeReport(execution.getId(), s);
        Path written = report.writeUnder(properties.dataDir());
        tally.reportWritten(written);
        jdbc.sql("""
                INSERT INTO ingest_run (job_execution_id, folder, started_at, finished_at, new_count, changed_count,
                                        unchanged_count, rejected_count, page_count, change_report)
                VALUES (:id, :folder, :started, :finished, :new, :changed, :unchanged, :rejected, :pages,
                        cast(:report AS jsonb))
                ON CONFLICT (job_execution_id) DO NOTHING""")
                .param("id", execution.getId())
                .param("folder", execution.getJobParameters().getString("folder"))
                .param("started", Timestamp.from(s.startedAt()))
                .param("finished", Timestamp.from(Instant.now()))
                .param("new", s.newCount()).param("changed", s.changedCount())
                .param("unchanged", s.unchangedCount()).param("rejected", s.rejections().size())
                .param("pages", s.pages())
                .param("report", report.json())
                .update();
    }
}
