package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void readsEveryPrintedForm() {
        assertThat(DateParser.parse("01/01/2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DateParser.parse("01|01|2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DateParser.parse("07/01/25")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DateParser.parse("12/1/99")).isEqualTo(LocalDate.of(1999, 12, 1)); // a policy's original date, last century
        assertThat(DateParser.parse("3/15/03")).isEqualTo(LocalDate.of(2003, 3, 15));
        assertThat(DateParser.parse("9/1/2026")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(DateParser.parse("December 16, 2025")).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(DateParser.parse("2025-12-16")).isEqualTo(LocalDate.of(2025, 12, 16));
    }

    @Test
    void monthYearIsTheFirstOfTheMonth() {
        assertThat(DateParser.parse("02/25")).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(DateParser.parse("January 2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DateParser.parse("Sept. 2025")).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void impossibleDatesAreNull() {
        assertThat(DateParser.parse("13/45/2025")).isNull();
        assertThat(DateParser.parse("02/30/2026")).isNull();
    }

    @Test
    void dayMonthYearAsPrintedInBritishStyle() {
        assertThat(DateParser.parse("3 March 2025")).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(DateParser.parse("21st Nov. 2024")).isEqualTo(LocalDate.of(2024, 11, 21));
    }

    @Test
    void aPipeDateWhosePipesOcrReadAsBrackets() {
        assertThat(DateParser.parse("03]14|2025")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(DateParser.parse("03|14[2025")).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void anAbbreviatedMonthMayTouchItsDay() {
        assertThat(DateParser.parse("Jan.1, 2018")).isEqualTo(java.time.LocalDate.of(2018, 1, 1));
    }
}
