package com.policyledger.policy;

/**
 * What loading one document did to the policies, for the run's change report.
 *
 * @param versionNumber the new version's number, or null for a bulletin
 * @param summary one line: what changed against the version before it
 */
public record PolicyChange(Kind kind, long policyId, String payer, String policyNumber, String title,
        Integer versionNumber, String source, String summary) {

    public enum Kind { NEW_POLICY, NEW_VERSION, BULLETIN }
}
