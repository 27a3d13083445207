package com.policyledger.review;

/**
 * A decision as the analyst submits it.
 *
 * @param field with CORRECTED required; with REJECTED optional (a malformed code: NOT_A_CODE or the CODE it should have been)
 * @param value the right value for {@code field}
 * @param comment optional, free text
 */
public record DecisionRequest(Decision decision, CorrectionField field, String value, String comment) {

    /** The request checked against the rules of each decision, with its value normalized. */
    DecisionRequest validated(String flagKind) {
        if (decision == null) {
            throw new InvalidDecisionException("choose accept, correct or reject");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        return switch (decision) {
            case ACCEPTED -> new DecisionRequest(decision, null, null, note);
            case CORRECTED -> {
                if (field == null || field == CorrectionField.NOT_A_CODE) {
                    throw new InvalidDecisionException("a correction needs the field it corrects and its right value");
                }
                yield new DecisionRequest(decision, field, field.normalize(value), note);
            }
            case REJECTED -> rejected(flagKind, note);
        };
    }

    private DecisionRequest rejected(String flagKind, String note) {
        if (field == null) {
            return new DecisionRequest(decision, null, null, note);
        }
        if (!"MALFORMED_CODE".equals(flagKind) || (field != CorrectionField.CODE && field != CorrectionField.NOT_A_CODE)) {
            throw new InvalidDecisionException("only a malformed-code flag can be rejected with a value"
                    + " (not a code, or the code it should have been)");
        }
        return new DecisionRequest(decision, field, field.normalize(value), note);
    }
}
