package com.policyledger.extract;

import java.util.ArrayList;
import java.util.Arrays;
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
 * non-ASCII letter, and refuses an expression whose first character it finds misjudged; a positive
 * lookbehind (also when written {@code (?<!(?<!...))}) and {@code \G} need the real text before the
 * match, so they are refused outright. Not checked, so to be kept out of expressions given to this
 * class: a negative lookbehind that tells apart characters the tables treat alike (one non-ASCII
 * character from another, or a letter from a space for a two-character opening), and a character
 * class of lone surrogates, which {@link Matcher#find()} never tries inside a surrogate pair.
 *
 * <p>A document's joined text is searched by dozens of expressions. Once it is {@link #prepare}d, an
 * {@link OpeningIndex} of where each two-character opening occurs lets every expression visit only
 * the positions its openings allow, instead of testing every character again.
 */
public final class PrefilteredPattern {
    private static final int ASCII = 128;
    /** Listing an indexed text's candidates pays when at most one position in this many is one. */
    private static final int LISTED_SHARE = 8;

    private final Pattern pattern;
    private final Openings atLineStart = new Openings();
    private final Openings elsewhere = new Openings();
    /** Characters that open a match in either table. */
    private final boolean[] opensAnywhere = new boolean[ASCII];
    /**
     * The two-character openings (c0 * 128 + c1) admitted within a line: which buckets of an
     * {@link OpeningIndex} to visit. Line starts, judged by the other table, are few and all visited.
     */
    private final int[] openingPairs;
    /** No match opens after a character of a line: only line starts need trying ({@code (?m)^} patterns). */
    private final boolean opensOnlyAtLineStart;

    private PrefilteredPattern(Pattern pattern) {
        if (pattern.pattern().contains("(?<=") || pattern.pattern().contains("(?<!(?<!") || pattern.pattern().contains("\\G")) {
            // A double negative lookbehind is a positive one.
            throw new IllegalArgumentException("a positive lookbehind or \\G needs the text before the match: " + pattern);
        }
        this.pattern = pattern;
        atLineStart.learn(this, List.of(""));
        elsewhere.learn(this, List.of("a", " ", "\u0000"));
        for (char c = 0; c < ASCII; c++) {
            opensAnywhere[c] = atLineStart.firstChar[c] || elsewhere.firstChar[c];
        }
        openingPairs = java.util.stream.IntStream.range(0, ASCII * ASCII)
                .filter(pair -> elsewhere.firstTwo[pair]).toArray();
        opensOnlyAtLineStart = elsewhere.opensNothing();
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

    /**
     * Prepares {@code text}, which many patterns are about to search on this thread, so that each
     * visits only the positions where it may match. Results are the same without it.
     */
    public static void prepare(String text) {
        OpeningIndex.prepare(text);
    }

    /** Drops what {@link #prepare} kept for this thread, once its text's searches are done. */
    public static void forgetPrepared() {
        OpeningIndex.forget();
    }

    /** Every match, as {@code matcher(text).results()} would give them. */
    public List<MatchResult> findAll(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        Candidates candidates = candidatesIn(text);
        for (int from = 0; from <= text.length(); ) {
            int at = candidates.nextMatch(m, from);
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
        return first(text, 0);
    }

    /** The first match starting at or after {@code from}, as {@code matcher(text).find(from)} would give it, or null. */
    public MatchResult first(String text, int from) {
        Matcher m = matcher(text);
        return candidatesIn(text).nextMatch(m, from) < 0 ? null : m.toMatchResult();
    }

    public boolean foundIn(String text) {
        return first(text) != null;
    }

    /**
     * Where to try the expression in {@code text}: every position a scan of the tables admits, or, for a
     * document searched by many expressions, only those its {@link OpeningIndex} lists under this
     * expression's openings, when they are few. Either way the same positions pass {@link #mayStartAt}.
     */
    private Candidates candidatesIn(String text) {
        OpeningIndex index = OpeningIndex.of(text);
        if (index == null) {
            return new Scan(text.toCharArray());
        }
        if (opensOnlyAtLineStart) {
            return new Listed(index.chars, index.lineStartsAndIrregular);
        }
        int count = index.lineStartsAndIrregular.length;
        for (int pair : openingPairs) {
            count += index.bucketStart[pair + 1] - index.bucketStart[pair];
        }
        if (count > index.chars.length / LISTED_SHARE) {
            return new Scan(index.chars); // most positions are candidates: scanning them in order is cheaper
        }
        // Marked in a bit set, read back in position order: cheaper than merging the buckets.
        long[] marked = new long[(index.chars.length >> 6) + 1];
        for (int pair : openingPairs) {
            for (int k = index.bucketStart[pair]; k < index.bucketStart[pair + 1]; k++) {
                marked[index.positions[k] >> 6] |= 1L << index.positions[k];
            }
        }
        for (int i : index.lineStartsAndIrregular) {
            marked[i >> 6] |= 1L << i;
        }
        return new Marked(index.chars, marked);
    }

    /** Positions of a text to try, in order. */
    private interface Candidates {
        /** The first match at or after {@code from}, with the matcher left on it; -1 when none. */
        int nextMatch(Matcher m, int from);
    }

    /** Every position, ruled out by the tables. */
    private final class Scan implements Candidates {
        private final char[] text;

        Scan(char[] text) {
            this.text = text;
        }

        /**
         * Tries the expression where the tables allow. Scans an array of the text's characters: most
         * of the time goes to this loop, and an array is read faster than {@link String#charAt}.
         */
        @Override
        public int nextMatch(Matcher m, int from) {
            int length = text.length;
            for (int i = from; i < length; i++) {
                char c = text[i];
                // Most characters open no match at all: rule them out before looking at their neighbours.
                if ((c >= ASCII || opensAnywhere[c]) && mayStartAt(text, i) && m.region(i, length).lookingAt()) {
                    return i;
                }
            }
            return atEnd(m, text, from);
        }
    }

    /** Only the positions an {@link OpeningIndex} lists, then the end of the text. */
    private final class Listed implements Candidates {
        private final char[] text;
        private final int[] positions;
        private int next;

        Listed(char[] text, int[] positions) {
            this.text = text;
            this.positions = positions;
        }

        @Override
        public int nextMatch(Matcher m, int from) {
            while (next < positions.length && positions[next] < from) {
                next++;
            }
            for (; next < positions.length; next++) {
                int i = positions[next];
                if (mayStartAt(text, i) && m.region(i, text.length).lookingAt()) {
                    return i;
                }
            }
            return atEnd(m, text, from);
        }
    }

    /** Only the positions marked in a bit set, then the end of the text. */
    private final class Marked implements Candidates {
        private final char[] text;
        private final long[] marked;

        Marked(char[] text, long[] marked) {
            this.text = text;
            this.marked = marked;
        }

        @Override
        public int nextMatch(Matcher m, int from) {
            for (int w = from >> 6; w < marked.length; w++) {
                long bits = w == from >> 6 ? marked[w] & (-1L << from) : marked[w];
                while (bits != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (mayStartAt(text, i) && m.region(i, text.length).lookingAt()) {
                        return i;
                    }
                }
            }
            return atEnd(m, text, from);
        }
    }

    /** A match of nothing (or of a lookahead) at the very end of the text. */
    private int atEnd(Matcher m, char[] text, int from) {
        int length = text.length;
        return from <= length && mayStartAt(text, length) && m.region(length, length).lookingAt() ? length : -1;
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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

        boolean opensNothing() {
            if (empty) {
                return false;
            }
            for (boolean opens : firstChar) {
                if (opens) {
                    return false;
                }
            }
            return true;
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

    /**
     * Where each two-character opening occurs in one long text, in position order: built once per
     * document ({@link #prepare}) and shared by the expressions searched over it, so that each
     * visits only the positions its openings allow instead of every character. Kept per thread for
     * the text last prepared; any other text is scanned.
     */
    static final class OpeningIndex {
        /** Shorter texts (sentences, lines) are scanned: indexing them would cost more than it saves. */
        private static final int MIN_LENGTH = 4_000;
        /** Longer texts are scanned too: the index takes about six bytes per character. */
        private static final int MAX_LENGTH = 4_000_000;
        private static final ThreadLocal<OpeningIndex> LATEST = new ThreadLocal<>();

        private final String text;
        final char[] chars;
        /** Positions of pair p are {@code positions[bucketStart[p]]} to {@code positions[bucketStart[p + 1] - 1]}. */
        final int[] bucketStart = new int[ASCII * ASCII + 1];
        final int[] positions;
        /**
         * Line starts, merged with the positions whose opening is not two ASCII characters (a non-ASCII
         * one, or the last character), which no bucket holds: every indexed search visits them all.
         */
        final int[] lineStartsAndIrregular;

        private OpeningIndex(String text) {
            this.text = text;
            this.chars = text.toCharArray();
            int length = chars.length;
            int irregularCount = length == 0 ? 0 : 1;
            for (int i = 0; i + 1 < length; i++) {
                if ((chars[i] | chars[i + 1]) < ASCII) {
                    bucketStart[chars[i] * ASCII + chars[i + 1] + 1]++;
                } else {
                    irregularCount++;
                }
            }
            for (int p = 0; p < ASCII * ASCII; p++) {
                bucketStart[p + 1] += bucketStart[p];
            }
            positions = new int[bucketStart[ASCII * ASCII]];
            int[] irregular = new int[irregularCount];
            int[] fill = Arrays.copyOf(bucketStart, ASCII * ASCII);
            int n = 0;
            for (int i = 0; i + 1 < length; i++) {
                if ((chars[i] | chars[i + 1]) < ASCII) {
                    positions[fill[chars[i] * ASCII + chars[i + 1]]++] = i;
                } else {
                    irregular[n++] = i;
                }
            }
            if (length > 0) {
                irregular[n] = length - 1;
            }
            lineStartsAndIrregular = lineStartsAnd(chars, irregular);
        }

        /** Positions 0 and after each line break, merged in order with {@code others}. */
        private static int[] lineStartsAnd(char[] chars, int[] others) {
            int[] out = new int[chars.length + 1];
            int n = 0;
            int k = 0;
            for (int i = 0; i < chars.length; i++) {
                if (i == 0 || isLineBreak(chars[i - 1])) {
                    while (k < others.length && others[k] < i) {
                        out[n++] = others[k++];
                    }
                    if (k < others.length && others[k] == i) {
                        k++;
                    }
                    out[n++] = i;
                }
            }
            while (k < others.length) {
                out[n++] = others[k++];
            }
            return Arrays.copyOf(out, n);
        }

        /** Indexes {@code text} for this thread's searches, unless it is short or huge. */
        static void prepare(String text) {
            LATEST.set(text.length() < MIN_LENGTH || text.length() > MAX_LENGTH ? null : new OpeningIndex(text));
        }

        static void forget() {
            LATEST.remove();
        }

        /** The index this thread prepared for {@code text}, or null: the text is scanned. */
        static OpeningIndex of(String text) {
            OpeningIndex latest = text.length() < MIN_LENGTH ? null : LATEST.get();
            return latest != null && latest.text == text ? latest : null;
        }
    }

    private Matcher probe(String before, String opening) {
        return matcher(before + opening).region(before.length(), before.length() + opening.length());
    }
}
