package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void footerLinesLeftByTheTextStageAreBlankedInPlace() {
        String page = "Policy text\nMEDICAL COVERAGE POLICY | 7\r\n| 0263T | not covered |\n  Page 2 of 5  \nsee page 3 of the manual for details\n";
        SourceText text = SourceText.of(List.of(page));

        assertThat(text.text()).hasSameSizeAs(page);
        assertThat(text.lines()).extracting(line -> line.text().strip()).containsExactly(
                "Policy text", "", "| 0263T | not covered |", "", "see page 3 of the manual for details", "");
    }

    @Test
    void offsetsStillPointAtTheirPage() {
        SourceText text = SourceText.of(List.of("first page\nPage 1 of 2", "second page"));

        int second = text.text().indexOf("second");
        assertThat(text.pageAt(second)).isEqualTo(2);
        assertThat(text.provenance(second, second + 6).snippet()).isEqualTo("second");
    }
}
