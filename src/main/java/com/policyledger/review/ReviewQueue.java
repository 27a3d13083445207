package com.policyledger.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue: flags in id order, filtered, one keyset page at a time. */
@Repository
public class ReviewQueue {

    private static final String SELECT = """
            SELECT f.id, f.kind, f.raw, f.page_number, f.snippet, f.status, f.document_id, d.file_name,
                   e.payer, p.id AS policy_id, p.policy_number, p.title
            FROM flag f
            JOIN source_document d ON d.id = f.document_id
            LEFT JOIN document_extraction e ON e.document_id = f.document_id
            LEFT JOIN LATERAL (SELECT policy_id FROM policy_version WHERE document_id = f.document_id
                               UNION ALL SELECT policy_id FROM policy_source WHERE document_id = f.document_id
                               LIMIT 1) link ON true
            LEFT JOIN policy p ON p.id = link.policy_id
            """;

    private static final RowMapper<QueueRow> ROW = (rs, i) -> new QueueRow(rs.getLong("id"), rs.getString("kind"),
            rs.getString("raw"), (Integer) rs.getObject("page_number"), rs.getString("snippet"),
            rs.getString("status"), rs.getLong("document_id"), rs.getString("file_name"), rs.getString("payer"),
            (Long) rs.getObject("policy_id"), rs.getString("policy_number"), rs.getString("title"));

    private final JdbcClient jdbc;

    public ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public QueuePage page(QueueFilter filter) {
        QueueSql sql = QueueSql.of(filter);
        boolean backwards = filter.before() != null;
        QueueSql keyed = backwards ? sql.and("f.id < :before", "before", filter.before())
                : filter.after() != null ? sql.and("f.id > :after", "after", filter.after()) : sql;
        List<QueueRow> rows = new ArrayList<>(jdbc.sql(SELECT + " WHERE " + keyed.where()
                        + " ORDER BY f.id " + (backwards ? "DESC" : "ASC") + " LIMIT :limit")
                .params(keyed.params()).param("limit", filter.size() + 1).query(ROW).list());
        boolean more = rows.size() > filter.size();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        boolean hasPrevious = backwards ? more : filter.after() != null && !rows.isEmpty();
        boolean hasNext = backwards ? !rows.isEmpty() : more;
        return new QueuePage(rows, count(sql), hasPrevious ? rows.get(0).id() : null,
                hasNext ? rows.get(rows.size() - 1).id() : null);
    }

    public long count(QueueFilter filter) {
        return count(QueueSql.of(filter));
    }

    public Optional<QueueRow> flag(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query(ROW).optional();
    }

    /** The flag after (or before) {@code id} under the same filter: keyboard next / previous. */
    public Optional<Long> neighbour(QueueFilter filter, long id, boolean next) {
        QueueSql sql = QueueSql.of(filter).and(next ? "f.id > :id" : "f.id < :id", "id", id);
        return jdbc.sql("SELECT f.id FROM flag f WHERE " + sql.where() + " ORDER BY f.id "
                + (next ? "ASC" : "DESC") + " LIMIT 1").params(sql.params()).query(Long.class).optional();
    }

    /** The payers that have documents, for the filter's drop-down. */
    public List<String> payers() {
        return jdbc.sql("SELECT DISTINCT payer FROM document_extraction WHERE payer IS NOT NULL ORDER BY payer")
                .query(String.class).list();
    }

    private long count(QueueSql sql) {
        return jdbc.sql("SELECT count(*) FROM flag f WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }
}
