package com.policyledger.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field-level scores over a set of documents, plus each document's mismatches for diagnosis and
 * the documents left unscored because their gold file could not be used, each with the reason.
 */
public record Scorecard(int documents, Map<String, FieldScore> fields, List<String> mismatches, List<String> skipped) {

    public FieldScore field(String name) {
        return fields.get(name);
    }

    /** The scores as a fixed-width table, one row per field. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-20s %5s %5s %5s %9s %7s %7s%n", "field", "tp", "fp", "fn", "precision", "recall", "f1"));
        for (FieldScore s : fields.values()) {
            out.append(String.format("%-20s %5d %5d %5d %9.3f %7.3f %7.3f%n", s.field(), s.truePositives(), s.falsePositives(),
                    s.falseNegatives(), s.precision(), s.recall(), s.f1()));
        }
        out.append(String.format("documents: %d%n", documents));
        if (!skipped.isEmpty()) {
            out.append(String.format("not scored: %d (their gold files cannot be used)%n", skipped.size()));
            skipped.forEach(reason -> out.append("  ").append(reason).append(System.lineSeparator()));
        }
        return out.toString();
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, FieldScore> fields = new LinkedHashMap<>();
        private final List<String> mismatches = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private int documents;

        Builder() {
            for (String f : GoldDocument.SCALAR_FIELDS) {
                fields.put(f, new FieldScore(f, 0, 0, 0));
            }
            for (String f : GoldDocument.LIST_FIELDS) {
                fields.put(f, new FieldScore(f, 0, 0, 0));
            }
        }

        void add(String field, int tp, int fp, int fn) {
            fields.put(field, fields.get(field).plus(tp, fp, fn));
        }

        void mismatch(String line) {
            mismatches.add(line);
        }

        void skipped(String reason) {
            skipped.add(reason);
        }

        void document() {
            documents++;
        }

        Scorecard build() {
            return new Scorecard(documents, new LinkedHashMap<>(fields), List.copyOf(mismatches), List.copyOf(skipped));
        }
    }
}
