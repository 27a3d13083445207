package com.policyledger.policy;

import com.policyledger.db.SqlArrays;
import com.policyledger.RunFailedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds policies by payer and number, lists their versions, and finds the policies that list a code. */
@Service
public class PolicyCatalog {

    private final JdbcClient jdbc;
    private final VersionDiffer differ;

    public PolicyCatalog(JdbcClient jdbc, VersionDiffer differ) {
        this.jdbc = jdbc;
        this.differ = differ;
    }

    /** A policy as analysts name it. */
    public record PolicyRef(long id, String payer, String policyNumber, String title) {
    }

    /** One version in a policy's history. */
    public record VersionEntry(int versionNumber, LocalDate effectiveDate, String source, String changeSummary) {
    }

    /** A policy whose version in force lists a code (directly or within a range), once per scope it lists it in. */
    public record CodeListing(String payer, String policyNumber, String title, int versionNumber,
            LocalDate effectiveDate, String code, String determination, List<String> productLines, String listedAs) {
    }

    /**
     * The policy of this payer with this number, or (for policies with no number) this title. Case,
     * spaces and punctuation are ignored ({@code "MM 0552"} finds {@code MM0552}), and the payer may be
     * given in part ({@code "Coordinated Care"}).
     */
    public PolicyRef find(String payer, String policyNumberOrTitle) {
        String payerKey = PolicyIdentity.normalize(payer);
        String key = PolicyIdentity.normalize(policyNumberOrTitle);
        List<PolicyRef> matches = jdbc.sql("""
                SELECT id, payer, policy_number, title FROM policy
                WHERE split_part(identity_key, '|', 2) IN ('number:' || :key, 'title:' || :key, 'file:' || :key)
                  AND split_part(identity_key, '|', 1) LIKE '%' || :payer || '%'
                ORDER BY length(identity_key), id""")
                .param("key", key).param("payer", payerKey)
                .query((rs, i) -> new PolicyRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        if (matches.isEmpty()) {
            throw new RunFailedException("no policy " + policyNumberOrTitle + " of payer " + payer + candidates(key));
        }
        return matches.get(0);
    }

    private String candidates(String key) {
        List<String> others = jdbc.sql("""
                SELECT payer FROM policy WHERE split_part(identity_key, '|', 2) = 'number:' || :key ORDER BY payer""")
                .param("key", key).query(String.class).list();
        return others.isEmpty() ? "" : "; that number is known for: " + String.join(", ", others);
    }

    public List<VersionEntry> history(long policyId) {
        List<VersionEntry> versions = jdbc.sql("""
                SELECT v.version_number, v.effective_date, d.source_path
                FROM policy_version v JOIN source_document d ON d.id = v.document_id
                WHERE v.policy_id = :policy ORDER BY v.version_number""")
                .param("policy", policyId)
                .query((rs, i) -> new VersionEntry(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        null))
                .list();
        return versions.stream().map(v -> new VersionEntry(v.versionNumber(), v.effectiveDate(), v.source(),
                v.versionNumber() == 1 ? "first version"
                        : differ.diff(policyId, v.versionNumber() - 1, v.versionNumber()).summary()))
                .toList();
    }

    /**
     * Policies listing {@code code} in the version in force on {@code asOf}: effective on or before it,
     * not yet ended. As extracted: {@code review.CorrectedCodeSearch} applies analysts' corrections.
     */
    public List<CodeListing> listing(String code, LocalDate asOf) {
        return listing(code, asOf, Set.of());
    }

    /** As {@link #listing(String, LocalDate)}, leaving out the versions of {@code skippedDocuments}. */
    public List<CodeListing> listing(String code, LocalDate asOf, Set<Long> skippedDocuments) {
        // Start from the code (indexed), then keep the versions that were in force on the date.
        return jdbc.sql("""
                SELECT p.payer, p.policy_number, p.title, v.version_number, v.effective_date, x.code, x.determination,
                       x.product_lines, x.listed_as
                FROM (SELECT c.document_id, c.code, c.determination, c.product_lines, 'code' AS listed_as
                      FROM document_code c WHERE c.code = :code
                      UNION ALL
                      SELECT r.document_id, :code, r.determination, '{}'::text[], 'range ' || r.code_from || '-' || r.code_to
                      FROM document_code_range r
                      WHERE r.code_from <= :code AND :code <= r.code_to AND length(:code) = length(r.code_from)) x
                JOIN policy_version v ON v.document_id = x.document_id
                JOIN policy p ON p.id = v.policy_id
                WHERE (v.effective_date IS NULL OR v.effective_date <= :asOf)
                  AND (v.ending_date IS NULL OR v.ending_date > :asOf)
                  AND v.document_id <> ALL (:skipped)
                ORDER BY 1, 2, 3, x.product_lines""")
                .param("asOf", asOf).param("code", normalized(code))
                .param("skipped", skippedDocuments.toArray(Long[]::new))
                .query((rs, i) -> new CodeListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        SqlArrays.strings(rs.getArray(8)), rs.getString(9)))
                .list();
    }

    /** A code as typed into a search: trimmed, upper case. */
    public static String normalized(String code) {
        return code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
