package com.policyledger.extract;

import java.time.LocalDate;

/** The dates printed in a policy header; any of them may be null. */
public record PolicyDates(Located<LocalDate> effective, Located<LocalDate> lastReviewed, Located<LocalDate> lastRevised) {
}
