package com.policyledger.web.policy;

import java.time.LocalDate;
import java.util.List;

/** The rows the policy pages show; plain data for templates and JSON. */
public final class PolicyRows {

    private PolicyRows() {
    }

    /** A policy in the list. */
    public record PolicySummary(long id, String payer, String policyNumber, String title, int versions,
            LocalDate latestEffective, int openFlags) {
    }

    /** A version in a policy's history. */
    public record VersionRow(int versionNumber, LocalDate effectiveDate, long documentId, String fileName,
            int openFlags, String changeSummary) {
    }

    /** A bulletin or republication filed under a policy. */
    public record SourceRow(long documentId, String fileName, String kind) {
    }

    /** A code as the document lists it, with where. */
    public record CodeRow(String code, String system, String determination, List<String> productLines,
            Integer page, String snippet) {
    }

    public record StatementRow(int ordinal, String statement, List<String> scope, String determination, Integer page) {
    }

    public record RevisionRow(LocalDate date, String rawDate, String description, List<String> added,
            List<String> removed) {
    }

    public record FlagRow(long id, String kind, String raw, Integer page, String status) {
    }

    /** What one source document says, as extracted. */
    public record DocumentFields(long id, String fileName, String docKind, String payer, String policyNumber,
            String title, LocalDate effectiveDate, LocalDate lastReviewedDate, List<String> productLines) {
    }
}
