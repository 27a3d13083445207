package com.policyledger.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one version of a policy says: the side of a diff. */
public record VersionContent(long policyId, int versionNumber, long documentId, String source, LocalDate effectiveDate,
        LocalDate lastReviewedDate, Set<String> productLines, Map<String, CodeLine> codes, List<String> statements) {

    /** A listed code with its determination and the product lines it applies to. */
    public record CodeLine(String code, String system, String determination, List<String> productLines) {
    }
}
