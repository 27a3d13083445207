package com.policyledger.evaluate;

import com.policyledger.extract.Extraction;
import com.policyledger.extract.Flag;
import com.policyledger.extract.FlagKind;
import com.policyledger.extract.Located;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An extraction in the gold shape, so the two can be compared field by field. */
final class Prediction {
    private Prediction() {
    }

    static GoldDocument of(Extraction e) {
        Map<String, String> scalars = new LinkedHashMap<>();
        scalars.put("doc_kind", e.docKind().exportName());
        scalars.put("payer", value(e.payer()));
        scalars.put("policy_number", value(e.policyNumber()));
        scalars.put("title", value(e.title()));
        scalars.put("effective_date", date(e.effectiveDate()));
        scalars.put("last_reviewed_date", date(e.lastReviewedDate()));
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("product_lines", e.productLineSet().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)));
        lists.put("codes", e.codes().stream().map(c -> c.code() + "|" + c.system()).collect(Collectors.toCollection(LinkedHashSet::new)));
        lists.put("ranges", e.ranges().stream().map(r -> r.from() + "|" + r.to() + "|" + r.system())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        lists.put("malformed_codes", e.flags().stream().filter(f -> f.kind() == FlagKind.MALFORMED_CODE).map(Flag::raw)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        lists.put("determinations", e.determinations().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)));
        return new GoldDocument(scalars, lists);
    }

    private static String value(Located<String> located) {
        return located == null ? null : located.value();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
