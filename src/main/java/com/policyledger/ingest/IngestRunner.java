package com.policyledger.ingest;

import com.policyledger.RunFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the ingest job safely: one run per database at a time (a PostgreSQL advisory lock, since
 * concurrent launches can otherwise both start), executions left STARTED by a killed process are
 * marked failed first, and an interrupted run of the same folder is resumed rather than restarted.
 */
@Service
public class IngestRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
    /** Any fixed number; it names "the ingest run" among advisory locks. */
    private static final long INGEST_LOCK_KEY = 0x506f6c4c6564L;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final DataSource dataSource;
    private final IngestTally tally;

    IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, DataSource dataSource,
            IngestTally tally) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.dataSource = dataSource;
        this.tally = tally;
    }

    public IngestTally.Summary run(Path folder) {
        return run(folder, false);
    }

    /** {@code retryRejected}: parse again the files an earlier run rejected (after a limit was raised, say). */
    public IngestTally.Summary run(Path folder, boolean retryRejected) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RunFailedException("folder not found: " + folder);
        }
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock")) {
                throw new RunFailedException("another ingest run is in progress on this database;"
                        + " run again when it has finished");
            }
            // A session lock outlives the borrowed connection's return to the pool: release it ourselves.
            try {
                return runLocked(root, retryRejected);
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new RunFailedException("database unreachable: " + e.getMessage(), e);
        }
    }

    private IngestTally.Summary runLocked(Path root, boolean retryRejected) {
        recoverStaleExecutions();
        JobExecution execution = launch(root, retryRejected);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new RunFailedException("ingest run " + execution.getId() + " ended " + execution.getStatus()
                    + ": " + firstFailure(execution));
        }
        return tally.summary();
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, INGEST_LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** We hold the run lock, so any execution still marked running died with its process. */
    private void recoverStaleExecutions() {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME)) {
            log.warn("Ingest run {} was interrupted (its process died); marking it failed", stale.getId());
            jobOperator.recover(stale);
        }
    }

    private JobExecution launch(Path root, boolean retryRejected) {
        try {
            JobExecution interrupted = interruptedRunOf(root);
            if (interrupted != null) {
                log.info("Resuming interrupted ingest run {} of {}", interrupted.getId(), root);
                return jobOperator.restart(interrupted);
            }
            return jobOperator.start(ingestJob, new JobParametersBuilder()
                    .addString("folder", root.toString())
                    .addString("retryRejected", Boolean.toString(retryRejected), false)
                    .addLong("run.id", System.currentTimeMillis())
                    .toJobParameters());
        } catch (Exception e) {
            throw new RunFailedException("could not launch the ingest job: " + e.getMessage(), e);
        }
    }

    private JobExecution interruptedRunOf(Path root) {
        JobInstance last = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        boolean unfinished = execution != null && (execution.getStatus() == BatchStatus.FAILED
                || execution.getStatus() == BatchStatus.STOPPED);
        return unfinished && root.toString().equals(execution.getJobParameters().getString("folder")) ? execution
                : null;
    }

    private static String firstFailure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
