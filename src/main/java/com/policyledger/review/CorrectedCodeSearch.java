package com.policyledger.review;

import com.policyledger.policy.PolicyCatalog;
import com.policyledger.policy.PolicyCatalog.CodeListing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which policies list a code, as analysts corrected them: a flagged text an analyst said is not a
 * code is not found, a code typed in is, a corrected determination or effective date is the one
 * shown. Versions whose document carries no correction come straight from the database; the few
 * that do are read through {@link CorrectedVersion}, the same view the pages and the diff show.
 */
@Service
public class CorrectedCodeSearch {

    private static final Comparator<CodeListing> ORDER = Comparator.comparing(CodeListing::payer)
            .thenComparing(CodeListing::policyNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CodeListing::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> String.join(",", l.productLines()));

    private final PolicyCatalog catalog;
    private final CorrectedVersions versions;
    private final Corrections corrections;
    private final JdbcClient jdbc;

    public CorrectedCodeSearch(PolicyCatalog catalog, CorrectedVersions versions, Corrections corrections, JdbcClient jdbc) {
        this.catalog = catalog;
        this.versions = versions;
        this.corrections = corrections;
        this.jdbc = jdbc;
    }

    /** Policies listing {@code code} in the version in force on {@code asOf}, corrections applied. */
    public List<CodeListing> listing(String code, LocalDate asOf) {
        String key = PolicyCatalog.normalized(code);
        List<CorrectedCandidate> corrected = correctedCandidates(key);
        Set<Long> skipped = corrected.stream().map(CorrectedCandidate::documentId).collect(Collectors.toSet());
        List<CodeListing> out = new ArrayList<>(catalog.listing(key, asOf, skipped));
        Map<Long, Map<Integer, LocalDate>> endings = correctedEndings(
                corrected.stream().map(CorrectedCandidate::policyId).collect(Collectors.toSet()));
        for (CorrectedCandidate candidate : corrected) {
            LocalDate ending = endings.get(candidate.policyId()).get(candidate.versionNumber());
            versions.find(candidate.policyId(), candidate.versionNumber())
                    .ifPresent(version -> out.addAll(listings(candidate, version, ending, key, asOf)));
        }
        if (!corrected.isEmpty()) {
            out.sort(ORDER); // merged: the database's order holds within each part only
        }
        return out;
    }

    private List<CodeListing> listings(CorrectedCandidate candidate, CorrectedVersion version, LocalDate ending,
            String code, LocalDate asOf) {
        LocalDate effective = version.content().effectiveDate();
        boolean inForce = (effective == null || !effective.isAfter(asOf)) && (ending == null || ending.isAfter(asOf));
        if (!inForce) {
            return List.of();
        }
        List<CodeListing> out = new ArrayList<>();
        version.content().codes().values().stream().filter(line -> line.code().equals(code))
                .forEach(line -> out.add(listing(candidate, effective, code, line.determination(), line.productLines(),
                        "code")));
        // Corrections name codes, never ranges: a range listing stands as extracted.
        jdbc.sql("""
                SELECT r.determination, 'range ' || r.code_from || '-' || r.code_to
                FROM document_code_range r
                WHERE r.document_id = :doc AND r.code_from <= :code AND :code <= r.code_to
                  AND length(:code) = length(r.code_from)""")
                .param("doc", candidate.documentId()).param("code", code)
                .query((rs, i) -> listing(candidate, effective, code, rs.getString(1), List.of(), rs.getString(2)))
                .list().forEach(out::add);
        return out;
    }

    private static CodeListing listing(CorrectedCandidate candidate, LocalDate effective, String code,
            String determination, List<String> productLines, String listedAs) {
        return new CodeListing(candidate.payer(), candidate.policyNumber(), candidate.title(),
                candidate.versionNumber(), effective, code, determination, productLines, listedAs);
    }

    /**
     * When each version of these policies stops being in force, from the corrected effective dates of
     * all their versions: a version ends where the next one starts, as the versioner orders them.
     */
    private Map<Long, Map<Integer, LocalDate>> correctedEndings(Set<Long> policyIds) {
        if (policyIds.isEmpty()) {
            return Map.of();
        }
        List<VersionStart> starts = jdbc.sql("""
                SELECT v.policy_id, v.version_number, v.document_id, v.effective_date, v.id FROM policy_version v
                WHERE v.policy_id IN (:policies)""")
                .param("policies", policyIds)
                .query((rs, i) -> new VersionStart(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .list();
        Map<Long, DocumentCorrections> byDocument = corrections.of(starts.stream().map(VersionStart::documentId).toList());
        Map<Long, Map<Integer, LocalDate>> endings = new HashMap<>();
        starts.stream().map(v -> v.corrected(byDocument.getOrDefault(v.documentId(), DocumentCorrections.NONE)))
                .collect(Collectors.groupingBy(VersionStart::policyId)).forEach((policy, list) -> {
                    list.sort(Comparator.comparing(VersionStart::effective, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(VersionStart::id));
                    Map<Integer, LocalDate> ends = new HashMap<>();
                    LocalDate next = null;
                    for (int i = list.size() - 1; i >= 0; i--) {
                        ends.put(list.get(i).versionNumber(), next);
                        LocalDate start = list.get(i).effective();
                        next = start == null ? next : next == null || start.isBefore(next) ? start : next;
                    }
                    endings.put(policy, ends);
                });
        return endings;
    }

    /** A version's start, with an analyst's corrected effective date when there is one. */
    private record VersionStart(long policyId, int versionNumber, long documentId, LocalDate effective, long id) {

        VersionStart corrected(DocumentCorrections corrections) {
            return new VersionStart(policyId, versionNumber, documentId,
                    corrections.effectiveDate().map(c -> LocalDate.parse(c.value())).orElse(effective), id);
        }
    }

    /**
     * Versions that list the code as extracted or that an analyst typed it into, of policies any of
     * whose versions carries a decision that corrects a value (a corrected effective date moves the
     * end of the version before it too).
     */
    private List<CorrectedCandidate> correctedCandidates(String code) {
        return jdbc.sql("""
                WITH listed AS (
                    SELECT document_id FROM document_code WHERE code = :code
                    UNION
                    SELECT document_id FROM document_code_range
                    WHERE code_from <= :code AND :code <= code_to AND length(:code) = length(code_from)
                    UNION
                    SELECT d.id FROM flag_decision fd JOIN source_document d ON d.sha256 = fd.document_sha256
                    WHERE fd.field = 'CODE' AND fd.value = :code)
                SELECT v.policy_id, v.version_number, v.document_id, p.payer, p.policy_number, p.title
                FROM listed x
                JOIN policy_version v ON v.document_id = x.document_id
                JOIN policy p ON p.id = v.policy_id
                WHERE EXISTS (SELECT 1 FROM policy_version w JOIN source_document d ON d.id = w.document_id
                              JOIN flag_decision fd ON fd.document_sha256 = d.sha256
                              WHERE w.policy_id = v.policy_id AND fd.field IS NOT NULL)""")
                .param("code", code)
                .query((rs, i) -> new CorrectedCandidate(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private record CorrectedCandidate(long policyId, int versionNumber, long documentId, String payer,
            String policyNumber, String title) {
    }
}
