package com.policyledger.export;

import com.policyledger.extract.CodeFormat;
import com.policyledger.extract.CodeSystem;
import com.policyledger.review.Correction;
import com.policyledger.review.DocumentCorrections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysts' corrections laid over an exported document: their values replace the extracted ones,
 * and a {@code corrections} list says what was replaced, by whom, so nothing changes silently.
 */
final class CorrectedExport {

    private CorrectedExport() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> document, DocumentCorrections fixes) {
        fixes.payer().ifPresent(c -> document.put("payer", c.value()));
        fixes.policyNumber().ifPresent(c -> document.put("policy_number", c.value()));
        fixes.effectiveDate().ifPresent(c -> document.put("effective_date", c.value()));
        List<Map<String, Object>> codes = new ArrayList<>((List<Map<String, Object>>) document.get("codes"));
        for (Correction c : fixes.codes()) {
            if (codes.stream().noneMatch(code -> c.value().equals(code.get("code")))) {
                Map<String, Object> code = new LinkedHashMap<>();
                code.put("code", c.value());
                code.put("system", CodeFormat.systemOf(c.value(), true).map(CodeSystem::name).orElse(null));
                code.put("determination", fixes.documentDetermination().map(Correction::value).orElse(null));
                code.put("product_lines", List.of());
                code.put("page", null);
                codes.add(code);
            }
        }
        codes.forEach(code -> fixes.determinationOf((String) code.get("code"),
                (List<String>) code.get("product_lines")).ifPresent(c -> code.put("determination", c.value())));
        document.put("codes", codes);
        document.put("corrections", fixes.all().stream().map(CorrectedExport::describe).toList());
    }

    private static Map<String, Object> describe(Correction c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("field", c.field().name());
        row.put("value", c.value());
        row.put("was", c.flagRaw());
        row.put("flag_kind", c.flagKind());
        row.put("decided_by", c.decidedBy());
        row.put("decided_at", c.decidedAt().toString());
        return row;
    }
}
