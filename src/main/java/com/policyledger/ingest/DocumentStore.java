package com.policyledger.ingest;

import com.policyledger.ingest.IngestedDocument.Outcome;
import com.policyledger.text.Page;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The source documents and their pages in PostgreSQL. */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public DocumentStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * UNCHANGED when this content is already stored (under any path; a rejected one too, unless
     * {@code retryRejected}, which makes it RETRIED), else CHANGED when the path held other content
     * before, else NEW. One round trip: every file of every run asks.
     */
    Outcome outcomeOf(String sha256, String relativePath, boolean retryRejected) {
        return jdbc.sql("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM source_document
                                         WHERE sha256 = :sha AND (status <> 'REJECTED' OR NOT :retry)) THEN 'UNCHANGED'
                            WHEN EXISTS (SELECT 1 FROM source_document WHERE sha256 = :sha) THEN 'RETRIED'
                            WHEN EXISTS (SELECT 1 FROM source_path WHERE source_path = :path) THEN 'CHANGED'
                            ELSE 'NEW' END""")
                .param("sha", sha256).param("path", relativePath).param("retry", retryRejected)
                .query((rs, row) -> Outcome.valueOf(rs.getString(1))).single();
    }

    /**
     * Inserts the document unless its content is already there; returns its id only when inserted.
     * A retried document replaces its rejected row (a row this run wrote is never replaced: two
     * copies of one file in a run load once).
     */
    Optional<Long> insertDocument(IngestedDocument doc, long jobExecutionId) {
        return jdbc.sql("""
                INSERT INTO source_document (sha256, source_path, file_name, media_type, size_bytes, page_count,
                                             status, reason, change_kind, parse_millis, job_execution_id)
                VALUES (:sha, :path, :name, :mediaType, :size, :pages, :status, :reason, :change, :millis, :job)
                ON CONFLICT (sha256) DO UPDATE SET source_path = EXCLUDED.source_path, file_name = EXCLUDED.file_name,
                    media_type = EXCLUDED.media_type, size_bytes = EXCLUDED.size_bytes, page_count = EXCLUDED.page_count,
                    status = EXCLUDED.status, reason = EXCLUDED.reason, change_kind = EXCLUDED.change_kind,
                    parse_millis = EXCLUDED.parse_millis, job_execution_id = EXCLUDED.job_execution_id,
                    ingested_at = now()
                WHERE source_document.status = 'REJECTED' AND EXCLUDED.change_kind = 'RETRIED'
                    AND source_document.job_execution_id IS DISTINCT FROM EXCLUDED.job_execution_id
                RETURNING id""")
                .param("sha", doc.sha256())
                .param("path", doc.file().relativePath())
                .param("name", doc.file().path().getFileName().toString())
                .param("mediaType", doc.mediaType())
                .param("size", doc.sizeBytes())
                .param("pages", doc.pageCount())
                .param("status", doc.rejected() ? "REJECTED" : "LOADED")
                .param("reason", doc.reason())
                .param("change", doc.outcome().name())
                .param("millis", doc.parseMillis())
                .param("job", jobExecutionId)
                .query(Long.class).optional();
    }

    void insertPages(long documentId, List<Page> pages) {
        batch.batchUpdate("""
                INSERT INTO document_page (document_id, page_number, raw_text, clean_text, ocr)
                VALUES (:doc, :page, :raw, :clean, :ocr)""",
                pages.stream().map(page -> new MapSqlParameterSource("doc", documentId)
                        .addValue("page", page.number()).addValue("raw", stripNul(page.raw()))
                        .addValue("clean", stripNul(page.clean())).addValue("ocr", page.ocr()))
                        .toArray(SqlParameterSource[]::new));
    }

    void insertFlag(long documentId, String kind, String raw, Integer page, String snippet) {
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet)
                VALUES (:doc, :kind, :raw, :page, :snippet)""")
                .param("doc", documentId).param("kind", kind).param("raw", raw).param("page", page)
                .param("snippet", snippet).update();
    }

    void rememberPath(String relativePath, String sha256) {
        jdbc.sql("""
                INSERT INTO source_path (source_path, sha256) VALUES (:path, :sha)
                ON CONFLICT (source_path) DO UPDATE SET sha256 = EXCLUDED.sha256, seen_at = now()""")
                .param("path", relativePath).param("sha", sha256).update();
    }

    /** PostgreSQL text cannot hold NUL, which some parsers emit for unmapped glyphs. */
    private static String stripNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
