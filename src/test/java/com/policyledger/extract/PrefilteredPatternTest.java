package com.policyledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PrefilteredPatternTest {

    /** A real policy's text, with the characters that trip prefilters: curly quotes, bullets, page breaks, accents. */
    static final String TEXT = policyText() + "\n“Not medically necessary” • 0232T–0234T café ÉTÉ\f\nend 99213\r\n"
            + "Blue Cross\u2028Medicare Advantage\r\nPage 2 of 5";

    private static String policyText() {
        try {
            return Files.readString(Path.of("sample-docs/txt/coordinated-care-wa-cp-mp-526-v2025.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("expressions")
    void findsExactlyWhatTheExpressionFinds(String regex) {
        PrefilteredPattern prefiltered = PrefilteredPattern.compile(regex);
        List<String> expected = Pattern.compile(regex).matcher(TEXT).results().map(PrefilteredPatternTest::describe).toList();

        // A text is scanned until it is prepared; then the positions its opening index lists are visited.
        String text = new String(TEXT); // an instance no earlier case prepared
        assertThat(PrefilteredPattern.OpeningIndex.of(text)).isNull();
        assertThat(prefiltered.findAll(text).stream().map(PrefilteredPatternTest::describe).toList()).isEqualTo(expected);
        PrefilteredPattern.prepare(text);
        assertThat(PrefilteredPattern.OpeningIndex.of(text)).isNotNull();
        assertThat(prefiltered.findAll(text).stream().map(PrefilteredPatternTest::describe).toList()).isEqualTo(expected);
        assertThat(prefiltered.foundIn(text)).isEqualTo(!expected.isEmpty());
    }

    /** Long texts cut and shuffled from the policy and strewn with line breaks and non-ASCII characters. */
    @ParameterizedTest
    @MethodSource("expressions")
    void theOpeningIndexFindsWhatAScanFinds(String regex) {
        PrefilteredPattern prefiltered = PrefilteredPattern.compile(regex);
        Random random = new Random(regex.hashCode());
        String[] strewn = {"\n", "\r\n", "\u2028", "é", "•", "’", "\f", " ", "\t", "|", "0",
            "\u2028Codes: 99213", "\rPAGE 2 of 5\r", "\u0085Policy # 12 ", "\u2029 38241 é"};
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 6_000) {
                int from = random.nextInt(TEXT.length() - 200);
                text.append(TEXT, from, from + random.nextInt(200)).append(strewn[random.nextInt(strewn.length)]);
            }
            String s = text.toString();
            List<String> expected = Pattern.compile(regex).matcher(s).results().map(PrefilteredPatternTest::describe).toList();
            PrefilteredPattern.prepare(s);
            assertThat(PrefilteredPattern.OpeningIndex.of(s)).isNotNull();
            assertThat(prefiltered.findAll(s).stream().map(PrefilteredPatternTest::describe).toList()).as("round %d", round).isEqualTo(expected);
            assertThat(prefiltered.first(s) == null ? null : describe(prefiltered.first(s)))
                    .isEqualTo(expected.isEmpty() ? null : expected.get(0));
        }
    }

    static Stream<String> expressions() {
        return Stream.of(
            "(?i)\\bnot\\s+(?:be\\s+)?medically\\s+necessary|\\bexperimental|(?-i:\\bINV\\b)",
            "(?i)(?<![\\w-])(?:Medicare(?!\\s+Advantage)|Medicaid|(?-i:MA) plans?|Apple Health)(?![\\w-])",
            CodeFormat.TOKEN,
            "(?im)^[ \\t]*(?:page\\s+\\d+\\s+(?:of|/)\\s+\\d+|[A-Z][A-Z &]{3,60}\\s*\\|\\s*\\d{1,3})[ \\t]*$",
            "(?<!original\\s)\\beffective",
            "\\B\\d",
            "\\b",
            "x*",
            "[“”]\\w+",
            "é|É",
            "\\d$",
            "(?=T)",
            "(?<!\\S)\\d{4}[FTU]",
            "(?m)^\\w+:",
            "(?<![\\s\\w])[A-Z]",
            "(?m)^[ \\t]*\\d{5}\\b",
            "(?i)\\bpolicy\\s+(?:number|#)\\s*:?\\s*\\S+",
            "(?i)\\bcodes?:|(?m)^\\s*(?:page|\\d{5})\\b");
    }

    @Test
    void theFirstMatchIsTheOneFindWouldGive() {
        PrefilteredPattern codes = PrefilteredPattern.compile(CodeFormat.TOKEN);
        java.util.regex.Matcher plain = Pattern.compile(CodeFormat.TOKEN).matcher(TEXT);

        assertThat(plain.find()).isTrue();
        assertThat(describe(codes.first(TEXT))).isEqualTo(describe(plain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<=\\$)\\d+", "\\Gx", "(?<![^(])\\d{5}", "(?<![a-z])\\B\\d", "(?<!(?<!ab))x"})
    void anExpressionWhoseMatchesDependOnTheTextBeforeThemIsRefused(String regex) {
        assertThatThrownBy(() -> PrefilteredPattern.compile(regex)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPreparedIndexIsForgottenWhenItsSearchesAreDone() {
        String text = new String(TEXT);
        PrefilteredPattern.prepare(text);
        PrefilteredPattern.forgetPrepared();
        assertThat(PrefilteredPattern.OpeningIndex.of(text)).isNull();
    }

    static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group();
    }
}
