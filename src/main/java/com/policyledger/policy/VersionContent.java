package com.policyledger.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What one version of a policy says: the side of a diff. Codes are listed once per product-line scope. */
public record VersionContent(long policyId, int versionNumber, long documentId, String source, LocalDate effectiveDate,
        LocalDate lastReviewedDate, Set<String> productLines, Map<CodeKey, CodeLine> codes, List<String> statements) {

    /** A listed code with its determination and the product lines it applies to (none named: all). */
    public record CodeLine(String code, String system, String determination, List<String> productLines) {

        public CodeKey key() {
            return new CodeKey(code, productLines);
        }

        public String label() {
            return key().label();
        }
    }

    /** A code in one scope: what a version lists at most once. Product lines in canonical (sorted) order. */
    public record CodeKey(String code, List<String> productLines) implements Comparable<CodeKey> {

        private static final Comparator<CodeKey> ORDER = Comparator.comparing(CodeKey::code)
                .thenComparing(k -> String.join(",", k.productLines()));

        public CodeKey {
            productLines = List.copyOf(new TreeSet<>(productLines));
        }

        /** The code as summaries name it, with its scope when it has one: {@code 0263T (COMMERCIAL)}. */
        public String label() {
            return productLines.isEmpty() ? code : code + " (" + String.join(", ", productLines) + ")";
        }

        @Override
        public int compareTo(CodeKey other) {
            return ORDER.compare(this, other);
        }
    }
}
