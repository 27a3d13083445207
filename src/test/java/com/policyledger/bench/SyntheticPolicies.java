package com.policyledger.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Synthetic policies, versions and codes made in SQL, so the benchmark needs no documents. */
final class SyntheticPolicies {

    private SyntheticPolicies() {
    }

    /** {@code policies} policies with two versions each, plus one policy whose two versions list diffCodes codes. */
    static void load(JdbcClient jdbc, int policies, int codesPerVersion, int diffCodes) {
        jdbc.sql("""
                INSERT INTO source_document (sha256, source_path, file_name, size_bytes, status, change_kind)
                SELECT lpad(to_hex(n), 64, '0'), 'synthetic/' || n || '.pdf', n || '.pdf', 1000, 'LOADED', 'NEW'
                FROM generate_series(1, :documents) n""").param("documents", policies * 2 + 2).update();
        jdbc.sql("""
                INSERT INTO document_extraction (document_id, doc_kind, payer, policy_number, effective_date)
                SELECT id, 'payer_policy', 'Payer ' || (id % 50), 'P-' || ((id + 1) / 2),
                       date '2024-01-01' + ((id % 2) * 365)::int
                FROM source_document""").update();
        jdbc.sql("""
                INSERT INTO policy (identity_key, identity_basis, payer, policy_number)
                SELECT 'PAYER|number:P' || n, 'NUMBER', 'Payer', 'P-' || n FROM generate_series(1, :policies + 1) n""")
                .param("policies", policies).update();
        jdbc.sql("UPDATE policy SET policy_number = 'DIFF-1' WHERE policy_number = 'P-' || :last")
                .param("last", policies + 1).update();
        jdbc.sql("""
                INSERT INTO policy_version (policy_id, document_id, version_number, effective_date, content_fingerprint)
                SELECT p.id, d.id, 2 - (d.id % 2), date '2024-01-01' + ((d.id % 2) * 365)::int, lpad(to_hex(d.id), 64, '0')
                FROM source_document d JOIN policy p ON p.policy_number = 'P-' || ((d.id + 1) / 2)
                   OR (p.policy_number = 'DIFF-1' AND (d.id + 1) / 2 = :last)""")
                .param("last", policies + 1).update();
        jdbc.sql("""
                INSERT INTO document_code (document_id, code, code_system, determination)
                SELECT d.id, lpad(((d.id * 7 + k * 37) % 900 + 100)::text, 4, '0') || 'T', 'CPT', 'NOT_COVERED'
                FROM source_document d CROSS JOIN generate_series(1, :codes) k
                WHERE (d.id + 1) / 2 <= :policies
                ON CONFLICT DO NOTHING""").param("codes", codesPerVersion).param("policies", policies).update();
        jdbc.sql("""
                INSERT INTO document_code (document_id, code, code_system, determination)
                SELECT d.id, (10000 + k + (d.id % 2) * 50)::text, 'CPT',
                       CASE WHEN k % 10 = 0 THEN 'COVERED' ELSE 'NOT_COVERED' END
                FROM source_document d CROSS JOIN generate_series(1, :codes) k
                WHERE (d.id + 1) / 2 = :last""").param("codes", diffCodes).param("last", policies + 1).update();
        jdbc.sql("""
                UPDATE policy_version v SET ending_date = n.effective_date FROM policy_version n
                WHERE n.policy_id = v.policy_id AND n.version_number = v.version_number + 1""").update();
        jdbc.sql("ANALYZE").update();
    }
}
