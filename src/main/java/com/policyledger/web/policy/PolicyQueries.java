package com.policyledger.web.policy;

import com.policyledger.web.policy.PolicyRows.PolicySummary;
import com.policyledger.web.policy.PolicyRows.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The policy list and a policy's sources, for the policy pages and the API. */
@Repository
public class PolicyQueries {

    /** A page lists at most this many policies; filters narrow it down. */
    public static final int LIST_LIMIT = 500;

    private static final RowMapper<PolicySummary> SUMMARY = (rs, i) -> new PolicySummary(rs.getLong("id"),
            rs.getString("payer"), rs.getString("policy_number"), rs.getString("title"), rs.getInt("versions"),
            rs.getObject("latest_effective", java.time.LocalDate.class), rs.getInt("open_flags"));

    private final JdbcClient jdbc;

    public PolicyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PolicySummary> list(PolicyFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (filter.payer() != null) {
            where.add("p.payer = :payer");
            params.put("payer", filter.payer());
        }
        if (filter.productLine() != null) {
            where.add("""
                    p.id IN (SELECT v.policy_id FROM policy_version v JOIN document_extraction e
                             ON e.document_id = v.document_id WHERE :line = ANY (e.product_lines))""");
            params.put("line", filter.productLine());
        }
        if (filter.code() != null) {
            // Listed by the extraction, or typed in by an analyst's correction.
            where.add("""
                    p.id IN (SELECT v.policy_id FROM policy_version v JOIN document_code c
                             ON c.document_id = v.document_id WHERE c.code = :code
                             UNION SELECT s.policy_id FROM policy_source s JOIN document_code c
                             ON c.document_id = s.document_id WHERE c.code = :code
                             UNION SELECT v.policy_id FROM flag_decision fd
                             JOIN source_document d ON d.sha256 = fd.document_sha256
                             JOIN policy_version v ON v.document_id = d.id
                             WHERE fd.field = 'CODE' AND fd.value = :code)""");
            params.put("code", filter.code());
        }
        return jdbc.sql("""
                SELECT p.id, p.payer, p.policy_number, p.title,
                       (SELECT count(*) FROM policy_version v WHERE v.policy_id = p.id) AS versions,
                       (SELECT max(effective_date) FROM policy_version v WHERE v.policy_id = p.id) AS latest_effective,
                       (SELECT count(*) FROM flag f WHERE f.status = 'OPEN' AND f.document_id IN
                           (SELECT document_id FROM policy_version WHERE policy_id = p.id
                            UNION SELECT document_id FROM policy_source WHERE policy_id = p.id)) AS open_flags
                FROM policy p WHERE\s""" + (where.isEmpty() ? "TRUE" : String.join(" AND ", where)) + """
                \sORDER BY p.payer, p.policy_number NULLS LAST, p.title LIMIT :limit""")
                .params(params).param("limit", LIST_LIMIT).query(SUMMARY).list();
    }

    public Optional<PolicySummary> policy(long id) {
        return jdbc.sql("""
                SELECT p.id, p.payer, p.policy_number, p.title,
                       (SELECT count(*) FROM policy_version v WHERE v.policy_id = p.id) AS versions,
                       (SELECT max(effective_date) FROM policy_version v WHERE v.policy_id = p.id) AS latest_effective,
                       0 AS open_flags
                FROM policy p WHERE p.id = :id""").param("id", id).query(SUMMARY).optional();
    }

    public List<String> payers() {
        return jdbc.sql("SELECT DISTINCT payer FROM policy ORDER BY payer").query(String.class).list();
    }

    /** Bulletins and identical republications filed under the policy. */
    public List<SourceRow> sources(long policyId) {
        return jdbc.sql("""
                SELECT s.document_id, d.file_name, s.source_kind FROM policy_source s
                JOIN source_document d ON d.id = s.document_id WHERE s.policy_id = :id ORDER BY s.document_id""")
                .param("id", policyId)
                .query((rs, i) -> new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
