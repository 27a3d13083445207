package com.policyledger.review;

import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;

/** A decision as stored: what, which value, who and when. */
public record RecordedDecision(Decision decision, CorrectionField field, String value, String comment,
        String decidedBy, Instant decidedAt) {

    static final RowMapper<RecordedDecision> ROW_MAPPER = (rs, i) -> new RecordedDecision(
            Decision.valueOf(rs.getString("decision")),
            rs.getString("field") == null ? null : CorrectionField.valueOf(rs.getString("field")),
            rs.getString("value"), rs.getString("comment"), rs.getString("decided_by"),
            rs.getTimestamp("decided_at").toInstant());

    /** One line for a page: "corrected (code 0565T) by alice". */
    public String summary() {
        String what = decision.name().toLowerCase(java.util.Locale.ROOT);
        String detail = field == null ? "" : " (" + field.label() + (value == null ? "" : " " + value) + ")";
        return what + detail + " by " + decidedBy;
    }
}
