package com.policyledger.policy;

import com.policyledger.extract.DocKind;
import com.policyledger.extract.Extraction;
import com.policyledger.policy.PolicyChange.Kind;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Files a document under its policy. A payer's publication with new content becomes a version,
 * numbered by effective date (so loading v2 before v1 ends in the same order); identical content
 * becomes a republication; a third-party bulletin attaches to the policy without changing it.
 * Runs inside the ingest writer's transaction: a crash never leaves half a version.
 */
@Service
public class PolicyVersioner {

    private final JdbcClient jdbc;
    private final VersionDiffer differ;
    private final BulletinCheck bulletinCheck;

    public PolicyVersioner(JdbcClient jdbc, VersionDiffer differ, BulletinCheck bulletinCheck) {
        this.jdbc = jdbc;
        this.differ = differ;
        this.bulletinCheck = bulletinCheck;
    }

    public Optional<PolicyChange> file(long documentId, String source, Extraction extraction) {
        if (extraction.docKind() == DocKind.INFORMATIONAL) {
            return Optional.empty();
        }
        PolicyIdentity identity = PolicyIdentity.of(extraction, source.substring(source.lastIndexOf('/') + 1));
        Optional<Long> mergedInto = mergedInto(identity.key());
        boolean existed = mergedInto.isPresent() || policyId(identity.key()).isPresent();
        long policyId = mergedInto.orElseGet(() -> upsertPolicy(identity));
        if (extraction.docKind() == DocKind.POLICY_BULLETIN) {
            addSource(policyId, documentId, "bulletin");
            bulletinCheck.compare(policyId, documentId);
            return Optional.of(change(Kind.BULLETIN, policyId, identity, null, source,
                    "bulletin attached; the payer's own versions are unchanged"));
        }
        String fingerprint = ContentFingerprint.of(extraction);
        if (versionWith(policyId, fingerprint).isPresent()) {
            addSource(policyId, documentId, "republication");
            return Optional.empty();
        }
        jdbc.sql("""
                INSERT INTO policy_version (policy_id, document_id, version_number, effective_date, content_fingerprint)
                VALUES (:policy, :doc, 0, :effective, :fingerprint)""")
                .param("policy", policyId).param("doc", documentId).param("effective", extraction.effectiveDate())
                .param("fingerprint", fingerprint).update();
        renumber(policyId);
        int number = jdbc.sql("SELECT version_number FROM policy_version WHERE document_id = :doc")
                .param("doc", documentId).query(Integer.class).single();
        String summary = number == 1 && !existed ? "first version" : describe(policyId, number);
        return Optional.of(change(existed ? Kind.NEW_VERSION : Kind.NEW_POLICY, policyId, identity, number, source,
                summary));
    }

    private String describe(long policyId, int number) {
        return number == 1 ? "older version filed before v2: " + differ.diff(policyId, 1, 2).summary()
                : differ.diff(policyId, number - 1, number).summary();
    }

    private long upsertPolicy(PolicyIdentity identity) {
        return jdbc.sql("""
                INSERT INTO policy (identity_key, identity_basis, payer, policy_number, title)
                VALUES (:key, :basis, :payer, :number, :title)
                ON CONFLICT (identity_key) DO UPDATE SET title = coalesce(policy.title, EXCLUDED.title)
                RETURNING id""")
                .param("key", identity.key()).param("basis", identity.basis()).param("payer", identity.payer())
                .param("number", identity.policyNumber()).param("title", identity.title())
                .query(Long.class).single();
    }

    /** An admin merged this identity into another policy: its later publications go there too. */
    private Optional<Long> mergedInto(String key) {
        return jdbc.sql("""
                SELECT into_policy_id FROM policy_merge WHERE merged_identity_key = :key ORDER BY id DESC LIMIT 1""")
                .param("key", key).query(Long.class).optional();
    }

    private Optional<Long> policyId(String key) {
        return jdbc.sql("SELECT id FROM policy WHERE identity_key = :key").param("key", key).query(Long.class)
                .optional();
    }

    private Optional<Long> versionWith(long policyId, String fingerprint) {
        return jdbc.sql("SELECT id FROM policy_version WHERE policy_id = :policy AND content_fingerprint = :f")
                .param("policy", policyId).param("f", fingerprint).query(Long.class).optional();
    }

    private void addSource(long policyId, long documentId, String kind) {
        jdbc.sql("""
                INSERT INTO policy_source (policy_id, document_id, source_kind) VALUES (:policy, :doc, :kind)
                ON CONFLICT DO NOTHING""")
                .param("policy", policyId).param("doc", documentId).param("kind", kind).update();
    }

    /**
     * Versions in effective-date order (undated ones last; ties in the order they were loaded), each
     * ending where the next dated one takes effect.
     */
    private void renumber(long policyId) {
        jdbc.sql("""
                UPDATE policy_version v SET version_number = o.n, ending_date = o.next_effective
                FROM (SELECT id, row_number() OVER (ORDER BY effective_date NULLS LAST, id) AS n,
                             min(effective_date) OVER (ORDER BY effective_date NULLS LAST, id
                                 ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_effective
                      FROM policy_version WHERE policy_id = :policy) o
                WHERE v.id = o.id""")
                .param("policy", policyId).update();
    }

    private static PolicyChange change(Kind kind, long policyId, PolicyIdentity identity, Integer version,
            String source, String summary) {
        return new PolicyChange(kind, policyId, identity.payer(), identity.policyNumber(), identity.title(), version,
                source, summary);
    }
}
