package com.policyledger.review;

import com.policyledger.db.SqlArrays;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analysts' corrections of documents, for the pages, the diff and the API that show extracted values. */
@Repository
public class Corrections {

    private final JdbcClient jdbc;

    public Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DocumentCorrections of(long documentId) {
        return of(List.of(documentId)).getOrDefault(documentId, DocumentCorrections.NONE);
    }

    /** Corrections per document id; documents without any are absent. */
    public Map<Long, DocumentCorrections> of(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        // The listings of a flagged code that the flag's text covers (see DocumentCorrections.determinationOf).
        List<Correction> all = jdbc.sql("""
                SELECT f.document_id, f.id AS flag_id, f.kind, f.raw, fd.field, fd.value, fd.decided_by, fd.decided_at,
                       ARRAY(SELECT array_to_string(c.product_lines, ',') FROM document_code c
                             WHERE c.document_id = f.document_id AND c.code = upper(f.raw)
                               AND c.page_number = f.page_number
                               AND c.span_start >= f.span_start AND c.span_start < f.span_end) AS flagged_scopes
                FROM flag f
                JOIN source_document d ON d.id = f.document_id
                JOIN flag_decision fd ON fd.document_sha256 = d.sha256
                 AND fd.flag_key = flag_key(f.kind, f.raw, f.page_number, f.fingerprint)
                WHERE f.document_id IN (:ids) AND fd.field IS NOT NULL
                ORDER BY fd.decided_at, f.id""")
                .param("ids", documentIds)
                .query((rs, i) -> new Correction(rs.getLong("document_id"), rs.getLong("flag_id"),
                        rs.getString("kind"), rs.getString("raw"), scopes(rs.getArray("flagged_scopes")),
                        CorrectionField.valueOf(rs.getString("field")),
                        rs.getString("value"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
                .list();
        Map<Long, DocumentCorrections> byDocument = new HashMap<>();
        all.stream().collect(Collectors.groupingBy(Correction::documentId))
                .forEach((id, list) -> byDocument.put(id, new DocumentCorrections(list)));
        return byDocument;
    }

    private static List<List<String>> scopes(Array joined) throws SQLException {
        return SqlArrays.strings(joined).stream()
                .map(scope -> scope.isEmpty() ? List.<String>of() : List.of(scope.split(","))).toList();
    }
}
