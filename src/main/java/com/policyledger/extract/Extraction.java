package com.policyledger.extract;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything extracted from one source document, each value with its provenance. */
public record Extraction(
        DocKind docKind,
        Located<String> payer,
        Located<String> policyNumber,
        Located<String> title,
        PolicyDates dates,
        List<Located<ProductLine>> productLines,
        List<ExtractedCode> codes,
        List<CodeRange> ranges,
        List<Statement> statements,
        List<Revision> revisions,
        List<Flag> flags) {

    public LocalDate effectiveDate() {
        return dates.effective() == null ? null : dates.effective().value();
    }

    public LocalDate lastReviewedDate() {
        return dates.lastReviewed() == null ? null : dates.lastReviewed().value();
    }

    /** The distinct determinations of the document, from its statements and its code rows. */
    public Set<Determination> determinations() {
        Set<Determination> all = EnumSet.noneOf(Determination.class);
        statements.forEach(s -> all.add(s.determination()));
        codes.stream().filter(c -> c.determination() != null).forEach(c -> all.add(c.determination()));
        return all;
    }

    public Set<ProductLine> productLineSet() {
        Set<ProductLine> all = EnumSet.noneOf(ProductLine.class);
        productLines.forEach(p -> all.add(p.value()));
        return all;
    }
}
