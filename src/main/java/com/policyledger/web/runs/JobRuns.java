package com.policyledger.web.runs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ingest runs: Spring Batch's executions (failed ones too) with the summary the run recorded. */
@Repository
public class JobRuns {

    /** One execution; the counts are null when the run did not complete. */
    public record Run(long id, String status, String exitMessage, LocalDateTime started, LocalDateTime ended,
            String folder, Integer newCount, Integer changedCount, Integer unchangedCount, Integer rejectedCount,
            Integer pageCount, String changeReport) {
    }

    /** A file the run loaded or rejected, and the policy version it became. */
    public record RunFile(long documentId, String path, String status, String reason, String changeKind,
            Long policyId, String policy, Integer versionNumber, String docKind) {
    }

    private static final String SELECT = """
            SELECT e.job_execution_id, e.status, e.exit_message, e.start_time, e.end_time, p.parameter_value AS folder,
                   r.new_count, r.changed_count, r.unchanged_count, r.rejected_count, r.page_count,
                   jsonb_pretty(r.change_report) AS change_report
            FROM batch_job_execution e
            LEFT JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'folder'
            LEFT JOIN ingest_run r ON r.job_execution_id = e.job_execution_id
            """;

    private static final RowMapper<Run> RUN = (rs, i) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
            (Integer) rs.getObject(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
            (Integer) rs.getObject(11), rs.getString(12));

    private final JdbcClient jdbc;

    public JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Run> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY e.job_execution_id DESC LIMIT :limit").param("limit", limit)
                .query(RUN).list();
    }

    public Optional<Run> run(long id) {
        return jdbc.sql(SELECT + " WHERE e.job_execution_id = :id").param("id", id).query(RUN).optional();
    }

    /** Files first seen in this run (unchanged files are not re-recorded), rejected ones first. */
    public List<RunFile> files(long runId) {
        return jdbc.sql("""
                SELECT d.id, d.source_path, d.status, d.reason, d.change_kind, pol.id, coalesce(pol.policy_number, pol.title),
                       v.version_number, e.doc_kind
                FROM source_document d
                LEFT JOIN document_extraction e ON e.document_id = d.id
                LEFT JOIN policy_version v ON v.document_id = d.id
                LEFT JOIN policy_source s ON s.document_id = d.id
                LEFT JOIN policy pol ON pol.id = coalesce(v.policy_id, s.policy_id)
                WHERE d.job_execution_id = :id
                ORDER BY d.status DESC, d.source_path""")
                .param("id", runId)
                .query((rs, i) -> new RunFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), rs.getString(7), (Integer) rs.getObject(8),
                        rs.getString(9)))
                .list();
    }
}
