package com.policyledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that first asks, from a table of the two-character openings it can have,
 * whether a match may start at a position, and tries the expression only there. The extractors'
 * case-insensitive alternations otherwise run their full attempt at every character of every
 * page, which made extraction slower than parsing the PDF. Results are exactly those of
 * {@link Matcher#find()}: the table is built by asking the expression itself, with
 * {@link Matcher#hitEnd()}, which one- and two-character inputs it could match or continue.
 *
 * <p>Text before the match is judged by two tables: one for the start of the text or of a line
 * (openings tried after no text: line anchors and lookbehinds pass), one for anywhere else
 * (openings tried after a letter, a space and a control character, which between them keep word
 * boundaries, {@code ^} and negative lookbehinds as permissive as any real character would). A
 * positive lookbehind ({@code (?<=...)}) would need the real text, so such an expression is refused.
 */
public final class PrefilteredPattern {
    private static final int ASCII = 128;

    private final Pattern pattern;
    private final Openings atLineStart = new Openings();
    private final Openings elsewhere = new Openings();

    private PrefilteredPattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            throw new IllegalArgumentException("a positive lookbehind needs the text before the match: " + pattern);
        }
        this.pattern = pattern;
        atLineStart.learn(this, List.of(""));
        elsewhere.learn(this, List.of("a", " ", "\u0000"));
    }

    public static PrefilteredPattern compile(String regex) {
        return new PrefilteredPattern(Pattern.compile(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Every match, as {@code matcher(text).results()} would give them. */
    public List<MatchResult> findAll(CharSequence text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        for (int from = 0; from <= text.length(); ) {
            int at = nextMatch(m, text, from);
            if (at < 0) {
                break;
            }
            out.add(m.toMatchResult());
            from = m.end() > at ? m.end() : at + 1;
        }
        return out;
    }

    /** The first match at or after {@code from}, or null. */
    public MatchResult first(CharSequence text, int from) {
        Matcher m = matcher(text);
        return nextMatch(m, text, from) < 0 ? null : m.toMatchResult();
    }

    public boolean foundIn(CharSequence text) {
        return first(text, 0) != null;
    }

    private Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Tries the expression where the table allows; the matcher is left on the match found. */
    private int nextMatch(Matcher m, CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i <= length; i++) {
            if (mayStartAt(text, i) && m.region(i, length).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private boolean mayStartAt(CharSequence text, int i) {
        boolean lineStart = i == 0 || isLineBreak(text.charAt(i - 1));
        return (lineStart ? atLineStart : elsewhere).mayOpen(text, i);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The one- and two-character openings a match may have after given text. */
    private static final class Openings {
        private final boolean[] firstChar = new boolean[ASCII];
        private final boolean[] onlyChar = new boolean[ASCII];
        private final boolean[] firstTwo = new boolean[ASCII * ASCII];
        private boolean empty;

        void learn(PrefilteredPattern p, List<String> befores) {
            for (String before : befores) {
                empty |= p.probe(before, "").lookingAt();
            }
            for (char c0 = 0; c0 < ASCII; c0++) {
                for (String before : befores) {
                    Matcher m = p.probe(before, String.valueOf(c0));
                    boolean matched = m.lookingAt();
                    onlyChar[c0] |= matched;
                    firstChar[c0] |= matched || m.hitEnd();
                }
                for (char c1 = 0; firstChar[c0] && c1 < ASCII; c1++) {
                    for (String before : befores) {
                        Matcher m = p.probe(before, "" + c0 + c1);
                        firstTwo[c0 * ASCII + c1] |= m.lookingAt() || m.hitEnd();
                    }
                }
            }
        }

        boolean mayOpen(CharSequence text, int i) {
            if (i == text.length()) {
                return empty;
            }
            char c0 = text.charAt(i);
            if (c0 >= ASCII) {
                return true;
            }
            if (i + 1 == text.length()) {
                return onlyChar[c0];
            }
            char c1 = text.charAt(i + 1);
            return c1 >= ASCII ? firstChar[c0] : firstTwo[c0 * ASCII + c1];
        }
    }

    private Matcher probe(String before, String opening) {
        return matcher(before + opening).region(before.length(), before.length() + opening.length());
    }
}
