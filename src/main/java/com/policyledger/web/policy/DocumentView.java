package com.policyledger.web.policy;

import com.policyledger.review.Correction;
import com.policyledger.review.DocumentCorrections;
import com.policyledger.web.policy.PolicyRows.DocumentFields;
import com.policyledger.web.policy.PolicyRows.FlagRow;
import com.policyledger.web.policy.PolicyRows.RevisionRow;
import com.policyledger.web.policy.PolicyRows.StatementRow;
import java.time.LocalDate;
import java.util.List;

/**
 * One document as the pages show it: extracted values with analysts' corrections applied, each
 * corrected value carrying the correction that set it.
 */
public record DocumentView(DocumentFields fields, List<CodeView> codes, List<StatementRow> statements,
        List<RevisionRow> revisions, List<FlagRow> flags, DocumentCorrections corrections) {

    /**
     * A listed code in one scope (a code may be listed once per scope); {@code correction} is set when
     * an analyst added it or changed its determination.
     */
    public record CodeView(String code, String system, String determination, List<String> productLines,
            Integer page, String snippet, Correction correction) {
    }

    public String payer() {
        return corrections.payer().map(Correction::value).orElse(fields.payer());
    }

    public String policyNumber() {
        return corrections.policyNumber().map(Correction::value).orElse(fields.policyNumber());
    }

    public LocalDate effectiveDate() {
        return corrections.effectiveDate().map(c -> LocalDate.parse(c.value())).orElse(fields.effectiveDate());
    }

    public Correction payerCorrection() {
        return corrections.payer().orElse(null);
    }

    public Correction policyNumberCorrection() {
        return corrections.policyNumber().orElse(null);
    }

    public Correction effectiveDateCorrection() {
        return corrections.effectiveDate().orElse(null);
    }

    /** The HTML ids of the code table's rows. */
    public CodeRowIds codeRowIds() {
        return new CodeRowIds(codes.stream().map(CodeView::code).toList());
    }

    /** Flagged texts analysts ruled out as codes, so nobody wonders where they went. */
    public List<Correction> notCodes() {
        return corrections.notCodes();
    }
}
