package com.policyledger.policy;

import com.policyledger.extract.CodeRange;
import com.policyledger.extract.ExtractedCode;
import com.policyledger.extract.Extraction;
import com.policyledger.extract.Flag;
import com.policyledger.extract.FlagKind;
import com.policyledger.extract.Located;
import com.policyledger.extract.Revision;
import com.policyledger.extract.Statement;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes one document's extraction: fields, codes, ranges, statements, revisions and flags. */
@Repository
public class ExtractionStore {

    private final JdbcClient jdbc;

    public ExtractionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        extraction.codes().forEach(code -> insertCode(documentId, code));
        List<CodeRange> ranges = extraction.ranges();
        for (int i = 0; i < ranges.size(); i++) {
            insertRange(documentId, i, ranges.get(i));
        }
        List<Statement> statements = extraction.statements();
        for (int i = 0; i < statements.size(); i++) {
            insertStatement(documentId, i, statements.get(i));
        }
        List<Revision> revisions = extraction.revisions();
        for (int i = 0; i < revisions.size(); i++) {
            insertRevision(documentId, i, revisions.get(i));
        }
        // Blank pages are flagged page by page by the ingest writer, which knows whether OCR ran.
        extraction.flags().stream().filter(f -> f.kind() != FlagKind.NO_TEXT_LAYER)
                .forEach(flag -> insertFlag(documentId, flag));
    }

    private void insertCode(long documentId, ExtractedCode code) {
        jdbc.sql("""
                INSERT INTO document_code (document_id, code, code_system, determination, product_lines,
                    page_number, span_start, span_end, snippet)
                VALUES (:doc, :code, :system, :determination, :lines, :page, :start, :end, :snippet)
                ON CONFLICT (document_id, code) DO NOTHING""")
                .param("doc", documentId).param("code", code.code()).param("system", code.system().name())
                .param("determination", name(code.determination())).param("lines", names(code.productLines()))
                .param("page", code.where().page()).param("start", code.where().start())
                .param("end", code.where().end()).param("snippet", code.where().snippet())
                .update();
    }

    private void insertRange(long documentId, int ordinal, CodeRange range) {
        jdbc.sql("""
                INSERT INTO document_code_range (document_id, ordinal, code_from, code_to, code_system, determination,
                    page_number, snippet)
                VALUES (:doc, :ordinal, :from, :to, :system, :determination, :page, :snippet)""")
                .param("doc", documentId).param("ordinal", ordinal).param("from", range.from())
                .param("to", range.to()).param("system", range.system().name())
                .param("determination", name(range.determination()))
                .param("page", range.where().page()).param("snippet", range.where().snippet())
                .update();
    }

    private void insertStatement(long documentId, int ordinal, Statement statement) {
        jdbc.sql("""
                INSERT INTO document_statement (document_id, ordinal, statement, scope, determination, page_number,
                    span_start, span_end)
                VALUES (:doc, :ordinal, :text, :scope, :determination, :page, :start, :end)""")
                .param("doc", documentId).param("ordinal", ordinal).param("text", statement.text())
                .param("scope", names(statement.scope())).param("determination", statement.determination().name())
                .param("page", statement.where().page()).param("start", statement.where().start())
                .param("end", statement.where().end())
                .update();
    }

    private void insertRevision(long documentId, int ordinal, Revision revision) {
        jdbc.sql("""
                INSERT INTO document_revision (document_id, ordinal, revision_date, raw_date, description, added_codes,
                    removed_codes, page_number)
                VALUES (:doc, :ordinal, :date, :raw, :text, :added, :removed, :page)""")
                .param("doc", documentId).param("ordinal", ordinal).param("date", revision.date())
                .param("raw", revision.rawDate()).param("text", revision.text())
                .param("added", revision.addedCodes().toArray(String[]::new))
                .param("removed", revision.removedCodes().toArray(String[]::new))
                .param("page", revision.where() == null ? null : revision.where().page())
                .update();
    }

    private void insertFlag(long documentId, Flag flag) {
        String fingerprint = flag.kind() + "|" + flag.where().page() + "|" + flag.where().start() + "|" + flag.raw();
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, span_start, span_end, snippet, fingerprint)
                VALUES (:doc, :kind, :raw, :page, :start, :end, :snippet, :fingerprint)
                ON CONFLICT (document_id, fingerprint) DO NOTHING""")
                .param("doc", documentId).param("kind", flag.kind().name()).param("raw", flag.raw())
                .param("page", flag.where().page()).param("start", flag.where().start())
                .param("end", flag.where().end()).param("snippet", flag.where().snippet())
                .param("fingerprint", fingerprint)
                .update();
    }

    private static String value(Located<String> located) {
        return located == null ? null : located.value();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

}
