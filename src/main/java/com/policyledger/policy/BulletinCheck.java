package com.policyledger.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bulletin never overrides the payer's own document; where they disagree on a code's
 * determination, the bulletin gets a CONTRADICTION flag naming both.
 */
@Component
class BulletinCheck {

    private final JdbcClient jdbc;

    BulletinCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void compare(long policyId, long bulletinDocumentId) {
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet, fingerprint)
                SELECT b.document_id, 'CONTRADICTION',
                       b.code || ': bulletin says ' || b.determination || ', policy version ' || v.version_number
                           || ' says ' || p.determination,
                       b.page_number, b.snippet, 'bulletin-vs-policy|' || b.code || '|' || v.id
                FROM document_code b
                JOIN policy_version v ON v.policy_id = :policy
                    AND v.version_number = (SELECT max(version_number) FROM policy_version WHERE policy_id = :policy)
                JOIN document_code p ON p.document_id = v.document_id AND p.code = b.code
                WHERE b.document_id = :bulletin AND b.determination IS DISTINCT FROM p.determination
                  AND b.determination IS NOT NULL AND p.determination IS NOT NULL
                ON CONFLICT (document_id, fingerprint) DO NOTHING""")
                .param("policy", policyId).param("bulletin", bulletinDocumentId).update();
    }
}
