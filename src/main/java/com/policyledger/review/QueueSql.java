package com.policyledger.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The WHERE clause of a queue filter, holding only the criteria given: a fixed "(:x IS NULL OR ...)"
 * form would make PostgreSQL plan for the worst case and scan all 100,000 flags.
 */
record QueueSql(String where, Map<String, Object> params) {

    static QueueSql of(QueueFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (filter.status() != null) {
            conditions.add("f.status = :status");
            params.put("status", filter.status());
        }
        if (filter.kind() != null) {
            conditions.add("f.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.payer() != null) {
            conditions.add("f.document_id IN (SELECT document_id FROM document_extraction WHERE payer = :payer)");
            params.put("payer", filter.payer());
        }
        if (filter.policyId() != null) {
            conditions.add("""
                    f.document_id IN (SELECT document_id FROM policy_version WHERE policy_id = :policy
                                      UNION SELECT document_id FROM policy_source WHERE policy_id = :policy)""");
            params.put("policy", filter.policyId());
        }
        return new QueueSql(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
    }

    QueueSql and(String condition, String name, Object value) {
        Map<String, Object> more = new TreeMap<>(params);
        more.put(name, value);
        return new QueueSql(where + " AND " + condition, more);
    }
}
