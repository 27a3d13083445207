package com.policyledger.policy;

import com.policyledger.extract.Extraction;
import com.policyledger.extract.Flag;
import com.policyledger.extract.FlagKind;
import com.policyledger.extract.Located;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes one document's extraction: fields, codes, ranges, statements, revisions and flags. */
@Repository
public class ExtractionStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    public ExtractionStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void save(long documentId, Extraction extraction) {
        jdbc.sql("""
                INSERT INTO document_extraction (document_id, doc_kind, payer, policy_number, title, effective_date,
                    last_reviewed_date, last_revised_date, product_lines, determinations)
                VALUES (:doc, :kind, :payer, :number, :title, :effective, :reviewed, :revised, :lines, :determinations)
                ON CONFLICT (document_id) DO NOTHING""")
                .param("doc", documentId)
                .param("kind", extraction.docKind().exportName())
                .param("payer", value(extraction.payer()))
                .param("number", value(extraction.policyNumber()))
                .param("title", value(extraction.title()))
                .param("effective", extraction.effectiveDate())
                .param("reviewed", extraction.lastReviewedDate())
                .param("revised", extraction.dates().lastRevised() == null ? null
                        : extraction.dates().lastRevised().value())
                .param("lines", names(extraction.productLineSet()))
                .param("determinations", names(extraction.determinations()))
                .update();
        // One row per code and scope; a code listed again in the same scope keeps its first listing.
        batch.batchUpdate("""
                INSERT INTO document_code (document_id, code, code_system, determination, product_lines,
                    page_number, span_start, span_end, snippet)
                VALUES (:doc, :code, :system, :determination, :lines, :page, :start, :end, :snippet)
                ON CONFLICT (document_id, code, product_lines) DO NOTHING""",
                rows(extraction.codes(), (code, i) -> new MapSqlParameterSource("doc", documentId)
                        .addValue("code", code.code()).addValue("system", code.system().name())
                        .addValue("determination", name(code.determination()))
                        .addValue("lines", names(code.productLines())).addValue("page", code.where().page())
                        .addValue("start", code.where().start()).addValue("end", code.where().end())
                        .addValue("snippet", code.where().snippet())));
        batch.batchUpdate("""
                INSERT INTO document_code_range (document_id, ordinal, code_from, code_to, code_system, determination,
                    page_number, snippet)
                VALUES (:doc, :ordinal, :from, :to, :system, :determination, :page, :snippet)""",
                rows(extraction.ranges(), (range, i) -> new MapSqlParameterSource("doc", documentId)
                        .addValue("ordinal", i).addValue("from", range.from()).addValue("to", range.to())
                        .addValue("system", range.system().name()).addValue("determination", name(range.determination()))
                        .addValue("page", range.where().page()).addValue("snippet", range.where().snippet())));
        batch.batchUpdate("""
                INSERT INTO document_statement (document_id, ordinal, statement, scope, determination, page_number,
                    span_start, span_end)
                VALUES (:doc, :ordinal, :text, :scope, :determination, :page, :start, :end)""",
                rows(extraction.statements(), (statement, i) -> new MapSqlParameterSource("doc", documentId)
                        .addValue("ordinal", i).addValue("text", statement.text())
                        .addValue("scope", names(statement.scope()))
                        .addValue("determination", statement.determination().name())
                        .addValue("page", statement.where().page()).addValue("start", statement.where().start())
                        .addValue("end", statement.where().end())));
        batch.batchUpdate("""
                INSERT INTO document_revision (document_id, ordinal, revision_date, raw_date, description, added_codes,
                    removed_codes, page_number)
                VALUES (:doc, :ordinal, :date, :raw, :text, :added, :removed, :page)""",
                rows(extraction.revisions(), (revision, i) -> new MapSqlParameterSource("doc", documentId)
                        .addValue("ordinal", i).addValue("date", revision.date()).addValue("raw", revision.rawDate())
                        .addValue("text", revision.text())
                        .addValue("added", revision.addedCodes().toArray(String[]::new))
                        .addValue("removed", revision.removedCodes().toArray(String[]::new))
                        .addValue("page", revision.where() == null ? null : revision.where().page())));
        // Blank pages are flagged page by page by the ingest writer, which knows whether OCR ran.
        List<Flag> flags = extraction.flags().stream().filter(f -> f.kind() != FlagKind.NO_TEXT_LAYER).toList();
        batch.batchUpdate("""
                INSERT INTO flag (document_id, kind, raw, page_number, span_start, span_end, snippet, fingerprint)
                VALUES (:doc, :kind, :raw, :page, :start, :end, :snippet, :fingerprint)
                ON CONFLICT (document_id, fingerprint) DO NOTHING""",
                rows(flags, (flag, i) -> new MapSqlParameterSource("doc", documentId)
                        .addValue("kind", flag.kind().name()).addValue("raw", flag.raw())
                        .addValue("page", flag.where().page()).addValue("start", flag.where().start())
                        .addValue("end", flag.where().end()).addValue("snippet", flag.where().snippet())
                        .addValue("fingerprint", flag.kind() + "|" + flag.where().page() + "|" + flag.where().start()
                                + "|" + flag.raw())));
    }

    /** One parameter set per item, so each table takes one round trip however many rows it gets. */
    private static <T> SqlParameterSource[] rows(List<T> items, BiFunction<T, Integer, SqlParameterSource> row) {
        SqlParameterSource[] rows = new SqlParameterSource[items.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row.apply(items.get(i), i);
        }
        return rows;
    }

    private static String value(Located<String> located) {
        return located == null ? null : located.value();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Enum names sorted as Strings: the canonical scope that document_code's key (V13) requires. */
    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

}
