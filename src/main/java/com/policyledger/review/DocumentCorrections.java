package com.policyledger.review;

import java.util.List;
import java.util.Optional;

/** The corrections standing on one document, by the field they override. */
public record DocumentCorrections(List<Correction> all) {

    public static final DocumentCorrections NONE = new DocumentCorrections(List.of());

    public List<Correction> codes() {
        return all.stream().filter(c -> c.field() == CorrectionField.CODE).toList();
    }

    /** The flagged texts an analyst said are not codes (they must never be listed as codes). */
    public List<Correction> notCodes() {
        return all.stream().filter(c -> c.field() == CorrectionField.NOT_A_CODE).toList();
    }

    public Optional<Correction> effectiveDate() {
        return last(CorrectionField.EFFECTIVE_DATE);
    }

    public Optional<Correction> payer() {
        return last(CorrectionField.PAYER);
    }

    public Optional<Correction> policyNumber() {
        return last(CorrectionField.POLICY_NUMBER);
    }

    /**
     * A determination typed for this listing of a code (the code in one scope), or for the whole
     * document when the flag named no code. A flag points at printed text, not at a product line, so a
     * correction of a code applies to the flagged row: its listings printed inside the flagged text
     * (every scope one sentence gave it). A flag on none of them (no position, or on a mention in
     * prose) cannot say which listing it meant and applies to every scope of the code.
     */
    public Optional<Correction> determinationOf(String code, List<String> scope) {
        return all.stream().filter(c -> c.field() == CorrectionField.DETERMINATION)
                .filter(c -> code.equalsIgnoreCase(c.flagRaw()))
                .filter(c -> c.flaggedScopes().isEmpty() || c.flaggedScopes().contains(scope))
                .reduce((a, b) -> b)
                .or(this::documentDetermination);
    }

    public Optional<Correction> documentDetermination() {
        return all.stream().filter(c -> c.field() == CorrectionField.DETERMINATION)
                .filter(c -> c.flagRaw() == null || !com.policyledger.extract.CodeFormat.isCode(c.flagRaw().strip()))
                .reduce((a, b) -> b);
    }

    private Optional<Correction> last(CorrectionField field) {
        return all.stream().filter(c -> c.field() == field).reduce((a, b) -> b);
    }
}
