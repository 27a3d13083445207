package com.policyledger.web.policy;

import com.policyledger.web.policy.PolicyRows.CodeRow;
import com.policyledger.web.policy.PolicyRows.DocumentFields;
import com.policyledger.web.policy.PolicyRows.FlagRow;
import com.policyledger.web.policy.PolicyRows.RevisionRow;
import com.policyledger.web.policy.PolicyRows.StatementRow;
import com.policyledger.web.policy.PolicyRows.VersionRow;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What one source document says (codes, statements, revisions, flags), and a policy's versions. */
@Repository
public class DocumentQueries {

    private final JdbcClient jdbc;

    public DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The versions, oldest first; change summaries are filled in by the caller. */
    public List<VersionRow> versions(long policyId) {
        return jdbc.sql("""
                SELECT v.version_number, v.effective_date, v.document_id, d.file_name,
                       (SELECT count(*) FROM flag f WHERE f.document_id = v.document_id AND f.status = 'OPEN')
                FROM policy_version v JOIN source_document d ON d.id = v.document_id
                WHERE v.policy_id = :id ORDER BY v.version_number""")
                .param("id", policyId)
                .query((rs, i) -> new VersionRow(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getString(4), rs.getInt(5), null)).list();
    }

    public Optional<DocumentFields> fields(long documentId) {
        return jdbc.sql("""
                SELECT d.id, d.file_name, e.doc_kind, e.payer, e.policy_number, e.title, e.effective_date,
                       e.last_reviewed_date, e.product_lines
                FROM source_document d LEFT JOIN document_extraction e ON e.document_id = d.id WHERE d.id = :id""")
                .param("id", documentId)
                .query((rs, i) -> new DocumentFields(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), strings(rs.getArray(9)))).optional();
    }

    public List<CodeRow> codes(long documentId) {
        return jdbc.sql("""
                SELECT code, code_system, determination, product_lines, page_number, snippet
                FROM document_code WHERE document_id = :id ORDER BY code, product_lines""")
                .param("id", documentId)
                .query((rs, i) -> new CodeRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        strings(rs.getArray(4)), (Integer) rs.getObject(5), rs.getString(6))).list();
    }

    public List<StatementRow> statements(long documentId) {
        return jdbc.sql("""
                SELECT ordinal, statement, scope, determination, page_number
                FROM document_statement WHERE document_id = :id ORDER BY ordinal""")
                .param("id", documentId)
                .query((rs, i) -> new StatementRow(rs.getInt(1), rs.getString(2), strings(rs.getArray(3)),
                        rs.getString(4), (Integer) rs.getObject(5))).list();
    }

    public List<RevisionRow> revisions(long documentId) {
        return jdbc.sql("""
                SELECT revision_date, raw_date, description, added_codes, removed_codes
                FROM document_revision WHERE document_id = :id ORDER BY ordinal""")
                .param("id", documentId)
                .query((rs, i) -> new RevisionRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        strings(rs.getArray(4)), strings(rs.getArray(5)))).list();
    }

    public List<FlagRow> flags(long documentId) {
        return jdbc.sql("""
                SELECT id, kind, raw, page_number, status FROM flag WHERE document_id = :id ORDER BY id""")
                .param("id", documentId)
                .query((rs, i) -> new FlagRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5))).list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
