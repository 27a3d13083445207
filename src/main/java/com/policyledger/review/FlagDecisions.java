package com.policyledger.review;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records analysts' decisions. A decision belongs to the document's content and the flag's key, so
 * the flag rows a later ingest writes for the same document arrive decided (see the V10 trigger).
 */
@Service
public class FlagDecisions {

    private final JdbcClient jdbc;

    public FlagDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or replaces) the decision on a flag and returns it as stored. */
    @Transactional
    public RecordedDecision decide(long flagId, DecisionRequest request, String username) {
        FlagKey key = keyOf(flagId).orElseThrow(() -> new FlagNotFoundException(flagId));
        DecisionRequest valid = request.validated(key.kind());
        RecordedDecision stored = jdbc.sql("""
                INSERT INTO flag_decision (document_sha256, flag_key, flag_kind, decision, field, value, comment, decided_by)
                VALUES (:sha, :key, :kind, :decision, :field, :value, :comment, :user)
                ON CONFLICT (document_sha256, flag_key) DO UPDATE
                SET decision = EXCLUDED.decision, field = EXCLUDED.field, value = EXCLUDED.value,
                    comment = EXCLUDED.comment, decided_by = EXCLUDED.decided_by, decided_at = now()
                RETURNING decision, field, value, comment, decided_by, decided_at""")
                .param("sha", key.sha256()).param("key", key.key()).param("kind", key.kind())
                .param("decision", valid.decision().name())
                .param("field", valid.field() == null ? null : valid.field().name())
                .param("value", valid.value()).param("comment", valid.comment()).param("user", username)
                .query(RecordedDecision.ROW_MAPPER).single();
        jdbc.sql("""
                INSERT INTO flag_decision_history (document_sha256, flag_key, decision, field, value, comment,
                                                   decided_by, decided_at)
                SELECT document_sha256, flag_key, decision, field, value, comment, decided_by, decided_at
                FROM flag_decision WHERE document_sha256 = :sha AND flag_key = :key""")
                .param("sha", key.sha256()).param("key", key.key()).update();
        jdbc.sql("UPDATE flag SET status = :status WHERE id = :id")
                .param("status", valid.decision().name()).param("id", flagId).update();
        return stored;
    }

    /** The decision standing on a flag, if any. */
    public Optional<RecordedDecision> of(long flagId) {
        return jdbc.sql("""
                SELECT fd.decision, fd.field, fd.value, fd.comment, fd.decided_by, fd.decided_at
                FROM flag f JOIN source_document d ON d.id = f.document_id
                JOIN flag_decision fd ON fd.document_sha256 = d.sha256
                 AND fd.flag_key = flag_key(f.kind, f.raw, f.page_number, f.fingerprint)
                WHERE f.id = :id""")
                .param("id", flagId).query(RecordedDecision.ROW_MAPPER).optional();
    }

    private Optional<FlagKey> keyOf(long flagId) {
        return jdbc.sql("""
                SELECT d.sha256, flag_key(f.kind, f.raw, f.page_number, f.fingerprint) AS key, f.kind
                FROM flag f JOIN source_document d ON d.id = f.document_id WHERE f.id = :id""")
                .param("id", flagId)
                .query((rs, i) -> new FlagKey(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    private record FlagKey(String sha256, String key, String kind) {
    }
}
