package com.policyledger.extract;

/** The role of a document section, which decides what may be extracted from it. */
public enum SectionKind {
    /** Policy statements, criteria, position. */
    POLICY,
    /** Code tables and coding notes. */
    CODING,
    /** Revision log: codes there are history, not the current list. */
    HISTORY,
    /** Background, rationale, evidence: prose about the service, not decisions. */
    BACKGROUND,
    /** References and sources. */
    REFERENCES,
    /** Legal boilerplate, related-policy links and carve-outs to other programs. */
    BOILERPLATE,
    /** Definitions of terms: "medically necessary means ..." defines, it does not decide. Codes may be listed there. */
    DEFINITIONS,
    /** Anything before the first recognised heading or under an unrecognised one. */
    OTHER;

    public boolean carriesCodes() {
        return this == POLICY || this == CODING || this == DEFINITIONS || this == OTHER;
    }
}
