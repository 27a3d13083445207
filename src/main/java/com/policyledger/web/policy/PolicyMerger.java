package com.policyledger.web.policy;

import com.policyledger.RunFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN: files one policy record's versions and bulletins under another and removes the first.
 * Versions are renumbered by effective date, as the versioner numbers them; a version whose
 * content the kept policy already has becomes a republication of it.
 */
@Service
public class PolicyMerger {

    private final JdbcClient jdbc;

    PolicyMerger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void merge(long mergedId, long intoId, String admin) {
        if (mergedId == intoId) {
            throw new RunFailedException("a policy cannot be merged into itself");
        }
        String mergedKey = jdbc.sql("SELECT identity_key FROM policy WHERE id = :id FOR UPDATE").param("id", mergedId)
                .query(String.class).optional().orElseThrow(() -> new RunFailedException("no policy " + mergedId));
        jdbc.sql("SELECT id FROM policy WHERE id = :id FOR UPDATE").param("id", intoId).query(Long.class).optional()
                .orElseThrow(() -> new RunFailedException("no policy " + intoId));
        jdbc.sql("""
                INSERT INTO policy_source (policy_id, document_id, source_kind)
                SELECT :into, v.document_id, 'republication' FROM policy_version v
                WHERE v.policy_id = :merged AND v.content_fingerprint IN
                      (SELECT content_fingerprint FROM policy_version WHERE policy_id = :into)
                ON CONFLICT DO NOTHING""").param("into", intoId).param("merged", mergedId).update();
        jdbc.sql("""
                DELETE FROM policy_version WHERE policy_id = :merged AND content_fingerprint IN
                      (SELECT content_fingerprint FROM policy_version WHERE policy_id = :into)""")
                .param("into", intoId).param("merged", mergedId).update();
        jdbc.sql("UPDATE policy_version SET policy_id = :into WHERE policy_id = :merged")
                .param("into", intoId).param("merged", mergedId).update();
        jdbc.sql("""
                INSERT INTO policy_source (policy_id, document_id, source_kind)
                SELECT :into, document_id, source_kind FROM policy_source WHERE policy_id = :merged
                ON CONFLICT DO NOTHING""").param("into", intoId).param("merged", mergedId).update();
        jdbc.sql("""
                UPDATE policy_version v SET version_number = n.number
                FROM (SELECT id, row_number() OVER (ORDER BY effective_date NULLS LAST, id) AS number
                      FROM policy_version WHERE policy_id = :into) n
                WHERE v.id = n.id""").param("into", intoId).update();
        jdbc.sql("""
                INSERT INTO policy_merge (merged_policy_id, merged_identity_key, into_policy_id, merged_by)
                VALUES (:merged, :key, :into, :admin)""")
                .param("merged", mergedId).param("key", mergedKey).param("into", intoId).param("admin", admin).update();
        jdbc.sql("DELETE FROM policy WHERE id = :merged").param("merged", mergedId).update();
    }
}
