package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void collapsesExactlyAsTheRegularExpressionDoes() {
        Pattern spaces = Pattern.compile("\\s+");
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2028', '\u2003', '-', '®'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertThat(Spaces.collapse(text)).as("%s", text.chars().boxed().toList()).isEqualTo(spaces.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void aLineWithoutRunsIsReturnedAsItIs() {
        String line = "Policy Number: MP.13.20 effective 01/01/2026";
        assertThat(Spaces.collapse(line)).isSameAs(line);
        assertThat(Spaces.collapse("a \t b\n\nc ")).isEqualTo("a b c ");
    }
}
