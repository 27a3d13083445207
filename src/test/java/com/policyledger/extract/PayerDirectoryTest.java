package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayerDirectoryTest {

    private static final PayerDirectory PAYERS = PayerDirectory.load();

    @ParameterizedTest
    @ValueSource(strings = {"sample-docs/txt/coordinated-care-wa-cp-mp-526-v2025.txt", "sample-docs/html/bcbsri-stem-cell-pad-2026.html"})
    void mentionsAreExactlyTheMatchesOfTheWholeAlternation(String file) throws IOException {
        String text = Files.readString(Path.of(file)) + "\nAetna&Cigna, CIGNA_x, Blue Cross & Blue Shield of Rhode Island; BCBSRI. "
                + "Anthem Blue Cross and Blue Shield\u2028UnitedHealthcare";

        assertThat(PAYERS.mentions(text)).extracting(PrefilteredPatternTest::describe)
                .isNotEmpty()
                .isEqualTo(PAYERS.pattern().matcher(text).results().map(PrefilteredPatternTest::describe).toList());
    }
}
