package com.policyledger.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A health plan sells no Original Medicare: the "Medicare" members of a plan's policy ("LOB: Medicaid,
 * QHP, Medicare", "Genetic Testing (Medicare Only)") are its Medicare Advantage members, in the document's
 * product lines and in every statement's and code's scope alike. Not in a Medicare supplement (Medigap)
 * text, nor in the program's or a contractor's own documents.
 */
final class PlanMedicareScope {
    private static final Pattern MEDIGAP = Pattern.compile("(?i)medicare\\s+supplement|medigap");

    private final boolean plansDocument;

    /** For the document of {@code payer} (may be null: no payer, nothing is read as a plan's). */
    PlanMedicareScope(PayerDirectory.Payer payer) {
        this.plansDocument = payer != null && payer.impliedLine() == null && !payer.agency();
    }

    /** A scope as the plan means it; {@code context} is the text it was read from. */
    Set<ProductLine> of(Set<ProductLine> scope, String context) {
        if (!plansDocument || !scope.contains(ProductLine.MEDICARE) || MEDIGAP.matcher(context).find()) {
            return scope;
        }
        Set<ProductLine> out = EnumSet.copyOf(scope);
        out.remove(ProductLine.MEDICARE);
        out.add(ProductLine.MEDICARE_ADVANTAGE);
        return out;
    }

    /** The document's product lines, Medicare read as above, each line once. */
    List<Located<ProductLine>> lines(List<Located<ProductLine>> lines) {
        List<Located<ProductLine>> out = new ArrayList<>();
        for (Located<ProductLine> l : lines) {
            ProductLine line = of(EnumSet.of(l.value()), l.where().snippet()).iterator().next();
            if (out.stream().noneMatch(o -> o.value() == line)) {
                out.add(line == l.value() ? l : new Located<>(line, l.where()));
            }
        }
        return out;
    }

    List<Statement> statements(List<Statement> statements) {
        return statements.stream().map(s -> new Statement(s.text(), of(s.scope(), s.text()), s.determination(), s.where())).toList();
    }

    List<ExtractedCode> codes(List<ExtractedCode> codes) {
        return codes.stream().map(c -> new ExtractedCode(c.code(), c.system(), c.determination(),
                of(c.productLines(), c.where().snippet()), c.where())).toList();
    }
}
