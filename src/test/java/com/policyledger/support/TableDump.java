package com.policyledger.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's data as comparable text, to prove two runs left the same database. */
public final class TableDump {

    public static final String TRUNCATE_ALL = """
            TRUNCATE source_document, source_path, document_page, flag, ingest_run, document_extraction,
                     document_code, document_code_range, document_statement, document_revision, policy,
                     policy_version, policy_source, app_user, flag_decision, flag_decision_history, policy_merge,
                     batch_job_instance, batch_job_execution, batch_job_execution_params,
                     batch_job_execution_context, batch_step_execution, batch_step_execution_context
            RESTART IDENTITY CASCADE""";

    private TableDump() {
    }

    public static List<String> of(JdbcClient jdbc) {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', sha256, source_path, media_type, size_bytes, page_count, status, reason)
                FROM source_document ORDER BY sha256""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', d.sha256, p.page_number, md5(p.raw_text), md5(p.clean_text), p.ocr)
                FROM document_page p JOIN source_document d ON d.id = p.document_id
                ORDER BY d.sha256, p.page_number""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', d.sha256, f.kind, f.raw, f.page_number, f.snippet, f.status)
                FROM flag f JOIN source_document d ON d.id = f.document_id
                ORDER BY 1""").query(String.class).list());
        rows.addAll(jdbc.sql("SELECT source_path || '|' || sha256 FROM source_path ORDER BY 1")
                .query(String.class).list());
        return rows;
    }
}
