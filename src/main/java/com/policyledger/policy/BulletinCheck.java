package com.policyledger.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bulletin never overrides the payer's own document; where they disagree on a code's
 * determination, the bulletin gets a CONTRADICTION flag naming both. Only listings whose scopes
 * meet can disagree: the policy's Medicare Advantage listing of a code says nothing about the
 * bulletin's Commercial one, while a listing with no product line speaks for all. One flag per
 * listing of the policy, naming its scope when it has one.
 */
@Component
class BulletinCheck {

    private final JdbcClient jdbc;

    BulletinCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void compare(long policyId, long bulletinDocumentId) {
        // An unscoped listing's fingerprint is the one it had before scopes were kept: decisions still apply.
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet, fingerprint)
                SELECT b.document_id, 'CONTRADICTION',
                       b.code || ': bulletin says ' || b.determination || ', policy version ' || v.version_number
                           || ' says ' || p.determination || scope.said,
                       b.page_number, b.snippet, 'bulletin-vs-policy|' || b.code || '|' || v.id || scope.key
                FROM document_code b
                JOIN policy_version v ON v.policy_id = :policy
                    AND v.version_number = (SELECT max(version_number) FROM policy_version WHERE policy_id = :policy)
                JOIN document_code p ON p.document_id = v.document_id AND p.code = b.code
                    AND (b.product_lines && p.product_lines OR b.product_lines = '{}' OR p.product_lines = '{}')
                CROSS JOIN LATERAL (SELECT
                        CASE WHEN p.product_lines = '{}' THEN '' ELSE ' for ' || array_to_string(p.product_lines, ', ') END,
                        CASE WHEN p.product_lines = '{}' THEN '' ELSE '|' || array_to_string(p.product_lines, ',') END)
                    AS scope (said, key)
                WHERE b.document_id = :bulletin AND b.determination IS DISTINCT FROM p.determination
                  AND b.determination IS NOT NULL AND p.determination IS NOT NULL
                ON CONFLICT (document_id, fingerprint) DO NOTHING""")
                .param("policy", policyId).param("bulletin", bulletinDocumentId).update();
    }
}
