package com.policyledger.extract;

/** What a document is; only the first two create policy records. */
public enum DocKind {
    PAYER_POLICY, POLICY_BULLETIN, INFORMATIONAL;

    /** The export name, e.g. {@code payer_policy}. */
    public String exportName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
