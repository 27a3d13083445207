package com.policyledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that first asks, from tables of the openings (first one, two and three
 * characters) it can have, whether a match may start at a position, and tries the expression only
 * there. The extractors' case-insensitive alternations otherwise run their full attempt at every
 * character of every page, which made extraction slower than parsing the PDF. Results are exactly
 * those of {@link Matcher#find()}: the tables are built by asking the expression itself, with
 * {@link Matcher#hitEnd()}, which short inputs it could match or continue.
 *
 * <p>Text before the match is judged by two tables: one for the start of the text or of a line
 * (openings tried after no text: line anchors and lookbehinds pass), one for anywhere else
 * (openings tried after a letter, a space and a control character, which between them keep word
 * boundaries, {@code ^} and the usual negative lookbehinds as permissive as a real character).
 * The constructor checks that claim for the first character after every ASCII character and a
 * non-ASCII letter, and refuses an expression the tables would misjudge; a positive lookbehind
 * ({@code (?<=...)}) and {@code \G} need the real text before the match, so they are refused outright.
 */
public final class PrefilteredPattern {
    private static final int ASCII = 128;

    private final Pattern pattern;
    private final Openings atLineStart = new Openings();
    private final Openings elsewhere = new Openings();
    /** Characters that open a match in either table. */
    private final boolean[] opensAnywhere = new boolean[ASCII];

    private PrefilteredPattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=") || pattern.pattern().contains("\\G")) {
            throw new IllegalArgumentException("a positive lookbehind or \\G needs the text before the match: " + pattern);
        }
        this.pattern = pattern;
        atLineStart.learn(this, List.of(""));
        elsewhere.learn(this, List.of("a", " ", "\u0000"));
        for (char c = 0; c < ASCII; c++) {
            opensAnywhere[c] = atLineStart.firstChar[c] || elsewhere.firstChar[c];
        }
        refuseIfAnyCharacterBeforeIsMisjudged();
    }

    /** A lookbehind such as {@code (?<![^(])} passes after one character only: the tables would miss it. */
    private void refuseIfAnyCharacterBeforeIsMisjudged() {
        for (char b = 0; b <= ASCII; b++) {
            String before = b < ASCII ? String.valueOf(b) : "é";
            Openings table = isLineBreak(before.charAt(0)) ? atLineStart : elsewhere;
            for (char c0 = 0; c0 < ASCII; c0++) {
                if (!table.firstChar[c0] && Openings.mayOpenWith(this, List.of(before), String.valueOf(c0))) {
                    throw new IllegalArgumentException("the text before a match decides more than its openings can tell"
                            + " (after " + (int) before.charAt(0) + ", " + (int) c0 + "): " + pattern);
                }
            }
        }
    }

    public static PrefilteredPattern compile(String regex) {
        return new PrefilteredPattern(Pattern.compile(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Every match, as {@code matcher(text).results()} would give them. */
    public List<MatchResult> findAll(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        char[] chars = text.toCharArray();
        for (int from = 0; from <= chars.length; ) {
            int at = nextMatch(m, chars, from);
            if (at < 0) {
                break;
            }
            out.add(m.toMatchResult());
            from = m.end() > at ? m.end() : at + 1;
        }
        return out;
    }

    /** The first match, or null. */
    public MatchResult first(String text) {
        Matcher m = matcher(text);
        return nextMatch(m, text.toCharArray(), 0) < 0 ? null : m.toMatchResult();
    }

    public boolean foundIn(String text) {
        return first(text) != null;
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Tries the expression where the tables allow; the matcher is left on the match found. Scans a
     * copy of the text's characters: most of the time goes to this loop, and an array is read
     * faster than {@link String#charAt}.
     */
    private int nextMatch(Matcher m, char[] text, int from) {
        int length = text.length;
        for (int i = from; i < length; i++) {
            char c = text[i];
            // Most characters open no match at all: rule them out before looking at their neighbours.
            if ((c >= ASCII || opensAnywhere[c]) && mayStartAt(text, i) && m.region(i, length).lookingAt()) {
                return i;
            }
        }
        return from <= length && mayStartAt(text, length) && m.region(length, length).lookingAt() ? length : -1;
    }

    private boolean mayStartAt(char[] text, int i) {
        boolean lineStart = i == 0 || isLineBreak(text[i - 1]);
        return (lineStart ? atLineStart : elsewhere).mayOpen(text, i);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The openings a match may have after given text: its first character, first two, and, where
     * learning them costs few probes, first three.
     */
    private static final class Openings {
        /** Probes spent on third characters at most; a long alternation of names keeps two. */
        private static final int THIRD_CHAR_PROBES = 100_000;

        private final boolean[] firstChar = new boolean[ASCII];
        private final boolean[] asLastChar = new boolean[ASCII];
        private final boolean[] firstTwo = new boolean[ASCII * ASCII];
        /** Per two-character opening, the third characters that may follow (bit c2 of two longs); null: any. */
        private long[][] thirdChars;
        private boolean empty;

        void learn(PrefilteredPattern p, List<String> befores) {
            for (String before : befores) {
                empty |= p.probe(before, "").lookingAt();
            }
            int pairs = 0;
            for (char c0 = 0; c0 < ASCII; c0++) {
                String one = String.valueOf(c0);
                firstChar[c0] = mayOpenWith(p, befores, one);
                asLastChar[c0] = befores.stream().anyMatch(before -> p.probe(before, one).lookingAt());
                for (char c1 = 0; firstChar[c0] && c1 < ASCII; c1++) {
                    firstTwo[c0 * ASCII + c1] = mayOpenWith(p, befores, "" + c0 + c1);
                    pairs += firstTwo[c0 * ASCII + c1] ? 1 : 0;
                }
            }
            if ((long) pairs * ASCII * befores.size() <= THIRD_CHAR_PROBES) {
                learnThirdChars(p, befores);
            }
        }

        private void learnThirdChars(PrefilteredPattern p, List<String> befores) {
            thirdChars = new long[ASCII * ASCII][];
            for (int pair = 0; pair < firstTwo.length; pair++) {
                if (!firstTwo[pair]) {
                    continue;
                }
                long[] bits = new long[2];
                String two = "" + (char) (pair / ASCII) + (char) (pair % ASCII);
                for (char c2 = 0; c2 < ASCII; c2++) {
                    if (mayOpenWith(p, befores, two + c2)) {
                        bits[c2 >> 6] |= 1L << (c2 & 63);
                    }
                }
                thirdChars[pair] = bits;
            }
        }

        /** Whether a match may begin with these characters: it matches them, or needs more text to decide. */
        private static boolean mayOpenWith(PrefilteredPattern p, List<String> befores, String opening) {
            for (String before : befores) {
                Matcher m = p.probe(before, opening);
                if (m.lookingAt() || m.hitEnd()) {
                    return true;
                }
            }
            return false;
        }

        boolean mayOpen(char[] text, int i) {
            int length = text.length;
            if (i == length) {
                return empty;
            }
            char c0 = text[i];
            if (c0 >= ASCII) {
                return true;
            }
            if (i + 1 == length) {
                return asLastChar[c0];
            }
            char c1 = text[i + 1];
            if (c1 >= ASCII) {
                return firstChar[c0];
            }
            int pair = c0 * ASCII + c1;
            if (!firstTwo[pair] || thirdChars == null || i + 2 == length) {
                return firstTwo[pair];
            }
            char c2 = text[i + 2];
            return c2 >= ASCII || (thirdChars[pair][c2 >> 6] & (1L << (c2 & 63))) != 0;
        }
    }

    private Matcher probe(String before, String opening) {
        return matcher(before + opening).region(before.length(), before.length() + opening.length());
    }
}
