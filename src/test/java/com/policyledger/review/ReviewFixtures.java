package com.policyledger.review;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Source documents and flags written straight into the tables, as the ingest would leave them. */
public final class ReviewFixtures {

    private final JdbcClient jdbc;

    public ReviewFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A loaded document with the given content hash (hex digit repeated) and payer; returns its id. */
    public long document(char hashDigit, String fileName, String payer) {
        long id = jdbc.sql("""
                INSERT INTO source_document (sha256, source_path, file_name, size_bytes, page_count, status, change_kind)
                VALUES (:sha, :name, :name, 100, 1, 'LOADED', 'NEW') RETURNING id""")
                .param("sha", String.valueOf(hashDigit).repeat(64)).param("name", fileName)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO document_extraction (document_id, doc_kind, payer) VALUES (:id, 'payer_policy', :payer)""")
                .param("id", id).param("payer", payer).update();
        jdbc.sql("INSERT INTO document_page (document_id, page_number, raw_text, clean_text) VALUES (:id, 1, :t, :t)")
                .param("id", id).param("t", "page one of " + fileName).update();
        return id;
    }

    public long flag(long documentId, String kind, String raw, String fingerprint) {
        return jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet, fingerprint)
                VALUES (:doc, :kind, :raw, 1, :snippet, :fp) RETURNING id""")
                .param("doc", documentId).param("kind", kind).param("raw", raw)
                .param("snippet", "... " + raw + " ...").param("fp", fingerprint)
                .query(Long.class).single();
    }

    /** Bulk flags for paging and speed: {@code count} MALFORMED_CODE flags on one document. */
    public void manyFlags(long documentId, int count) {
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet, fingerprint)
                SELECT :doc, (ARRAY['MALFORMED_CODE','BAD_DATE','COUNT_MISMATCH','LOW_CONFIDENCE'])[1 + i % 4],
                       'row ' || i, 1 + i % 20, 'snippet of row ' || i || ' in a table of codes', 'bulk-' || i
                FROM generate_series(1, :count) AS i""")
                .param("doc", documentId).param("count", count).update();
    }

    public String status(long flagId) {
        return jdbc.sql("SELECT status FROM flag WHERE id = :id").param("id", flagId).query(String.class).single();
    }
}
