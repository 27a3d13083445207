package com.policyledger.policy;

import com.policyledger.db.SqlArrays;
import com.policyledger.RunFailedException;
import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads what a policy version says, from its source document's extraction. */
@Repository
public class VersionReader {

    private final JdbcClient jdbc;

    public VersionReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public VersionContent read(long policyId, int versionNumber) {
        return find(policyId, versionNumber).orElseThrow(() -> new RunFailedException(
                "policy " + policyId + " has no version " + versionNumber));
    }

    public Optional<VersionContent> find(long policyId, int versionNumber) {
        return jdbc.sql("""
                SELECT v.document_id, d.source_path, e.effective_date, e.last_reviewed_date, e.product_lines
                FROM policy_version v
                JOIN source_document d ON d.id = v.document_id
                JOIN document_extraction e ON e.document_id = v.document_id
                WHERE v.policy_id = :policy AND v.version_number = :version""")
                .param("policy", policyId).param("version", versionNumber)
                .query((rs, i) -> new VersionContent(policyId, versionNumber, rs.getLong(1), rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class),
                        new LinkedHashSet<>(SqlArrays.strings(rs.getArray(5))), codes(rs.getLong(1)), statements(rs.getLong(1))))
                .optional();
    }

    /** The highest version number of a policy, or 0 when it has none. */
    public int latestVersion(long policyId) {
        return jdbc.sql("SELECT coalesce(max(version_number), 0) FROM policy_version WHERE policy_id = :policy")
                .param("policy", policyId).query(Integer.class).single();
    }

    private Map<CodeKey, CodeLine> codes(long documentId) {
        Map<CodeKey, CodeLine> codes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT code, code_system, determination, product_lines FROM document_code
                WHERE document_id = :doc ORDER BY code, product_lines""")
                .param("doc", documentId)
                .query((rs, i) -> new CodeLine(rs.getString(1), rs.getString(2), rs.getString(3),
                        SqlArrays.strings(rs.getArray(4))))
                .list().forEach(line -> codes.put(line.key(), line));
        return codes;
    }

    private List<String> statements(long documentId) {
        // Whitespace normalized as in the content fingerprint, so a reflowed sentence is not "reworded".
        return jdbc.sql("SELECT statement FROM document_statement WHERE document_id = :doc ORDER BY ordinal")
                .param("doc", documentId).query(String.class).list().stream()
                .map(text -> text.replaceAll("\\s+", " ").trim()).distinct().toList();
    }

}
