package com.policyledger.export;

import com.policyledger.db.SqlArrays;
import com.policyledger.export.DocumentExporter.DocumentSink;
import com.policyledger.review.Corrections;
import com.policyledger.review.DocumentCorrections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads each source document with its extraction and analysts' corrections, shaped as the export contract names it. */
public class ExportQueries {

    private final JdbcClient jdbc;
    private final Corrections corrections;

    public ExportQueries(JdbcClient jdbc, Corrections corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    void forEachDocument(DocumentSink sink) {
        List<Map<String, Object>> documents = jdbc.sql("""
                SELECT d.id, d.source_path, d.sha256, d.media_type, d.page_count, d.status, d.reason, e.doc_kind,
                       e.payer, e.policy_number, e.title, e.effective_date, e.last_reviewed_date, e.product_lines,
                       e.determinations
                FROM source_document d LEFT JOIN document_extraction e ON e.document_id = d.id
                ORDER BY d.source_path, d.id""")
                .query((rs, i) -> document(rs)).list();
        for (Map<String, Object> document : documents) {
            long id = (Long) document.remove("id");
            document.put("codes", codes(id));
            document.put("ranges", ranges(id));
            document.put("statements", statements(id));
            document.put("revisions", revisions(id));
            document.put("flags", flags(id));
            document.put("corrections", List.of());
            DocumentCorrections fixes = corrections.of(id);
            if (!fixes.all().isEmpty()) {
                CorrectedExport.apply(document, fixes);
            }
            try {
                sink.accept(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Map<String, Object> document(ResultSet rs) throws SQLException {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", rs.getLong("id"));
        d.put("source", rs.getString("source_path"));
        d.put("sha256", rs.getString("sha256"));
        d.put("media_type", rs.getString("media_type"));
        d.put("pages", rs.getInt("page_count"));
        d.put("status", rs.getString("status"));
        d.put("reason", rs.getString("reason"));
        d.put("doc_kind", rs.getString("doc_kind"));
        d.put("payer", rs.getString("payer"));
        d.put("policy_number", rs.getString("policy_number"));
        d.put("title", rs.getString("title"));
        d.put("effective_date", rs.getString("effective_date"));
        d.put("last_reviewed_date", rs.getString("last_reviewed_date"));
        d.put("product_lines", SqlArrays.strings(rs.getArray("product_lines")));
        d.put("determinations", SqlArrays.strings(rs.getArray("determinations")));
        return d;
    }

    private List<Map<String, Object>> codes(long documentId) {
        return jdbc.sql("""
                SELECT code, code_system, determination, product_lines, page_number FROM document_code
                WHERE document_id = :doc ORDER BY page_number, span_start, code, product_lines""")
                .param("doc", documentId)
                .query((rs, i) -> row("code", rs.getString(1), "system", rs.getString(2), "determination",
                        rs.getString(3), "product_lines", SqlArrays.strings(rs.getArray(4)), "page", rs.getObject(5)))
                .list();
    }

    private List<Map<String, Object>> ranges(long documentId) {
        return jdbc.sql("""
                SELECT code_from, code_to, code_system, determination, page_number FROM document_code_range
                WHERE document_id = :doc ORDER BY ordinal""")
                .param("doc", documentId)
                .query((rs, i) -> row("from", rs.getString(1), "to", rs.getString(2), "system", rs.getString(3),
                        "determination", rs.getString(4), "page", rs.getObject(5)))
                .list();
    }

    private List<Map<String, Object>> statements(long documentId) {
        return jdbc.sql("""
                SELECT statement, scope, determination, page_number FROM document_statement
                WHERE document_id = :doc ORDER BY ordinal""")
                .param("doc", documentId)
                .query((rs, i) -> row("text", rs.getString(1), "product_lines", SqlArrays.strings(rs.getArray(2)),
                        "determination", rs.getString(3), "page", rs.getObject(4)))
                .list();
    }

    private List<Map<String, Object>> revisions(long documentId) {
        return jdbc.sql("""
                SELECT revision_date, raw_date, description, added_codes, removed_codes, page_number
                FROM document_revision WHERE document_id = :doc ORDER BY ordinal""")
                .param("doc", documentId)
                .query((rs, i) -> row("date", rs.getString(1), "raw_date", rs.getString(2), "text", rs.getString(3),
                        "added_codes", SqlArrays.strings(rs.getArray(4)), "removed_codes", SqlArrays.strings(rs.getArray(5)),
                        "page", rs.getObject(6)))
                .list();
    }

    private List<Map<String, Object>> flags(long documentId) {
        return jdbc.sql("""
                SELECT kind, raw, page_number, snippet, status FROM flag WHERE document_id = :doc ORDER BY id""")
                .param("doc", documentId)
                .query((rs, i) -> row("kind", rs.getString(1), "raw", rs.getString(2), "page", rs.getObject(3),
                        "snippet", rs.getString(4), "status", rs.getString(5)))
                .list();
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

}
