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

    /** A determination typed for this code, or for the whole document when the flag named no code. */
    public Optional<Correction> determinationOf(String code) {
        return all.stream().filter(c -> c.field() == CorrectionField.DETERMINATION)
                .filter(c -> code.equalsIgnoreCase(c.flagRaw())).reduce((a, b) -> b)
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
