package com.policyledger.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The maintained list of US payers ({@code extract/payers.tsv}): canonical name, parent
 * organisation, the product line a government program implies, aliases, and whether the row is
 * an agency (CMS, or a benefit manager such as eviCore) that payers' policies cite more often than they are issued by it,
 * or a brand that a parent's plans sell under. An
 * all-capitals alias (BCBSRI, UHC) or one marked with a leading {@code =} ("Coordinated Care" is
 * also a phrase) must match case exactly.
 */
public final class PayerDirectory {
    private static final Pattern BLUE_CROSS = Pattern.compile("(?i)\\bBlue\\s*Cross\\b");
    private static final Pattern BLUE_SHIELD = Pattern.compile("(?i)\\bBlue\\s*Shield\\b");
    private static final Pattern CROSS_AND_SHIELD = Pattern.compile("(?i)(Blue\\s*Cross)\\s+(?:and|&)\\s+(Blue\\s*Shield)");
    private static final Pattern CROSS_SHIELD = Pattern.compile("(?i)(Blue\\s*Cross)\\s+(Blue\\s*Shield)");
    /** "... of Kansas City": any place, so that the longer plan's "of"-less name outranks the shorter's. */
    private static final Pattern OF_PLACE = Pattern.compile("\\s+of\\s+(\\p{Lu}[\\w.]*(?:\\s+\\p{Lu}[\\w.]*)*)$");
    /**
     * One payer row. {@code impliedLine} is set only for payers that are a program themselves; {@code brand}
     * marks a product brand that its parent's plans sell under (Centene's Ambetter), not a plan of its own.
     */
    public record Payer(String name, String parent, ProductLine impliedLine, boolean agency, boolean brand) {
    }

    private final Map<String, Payer> byName = new HashMap<>();
    private final Map<String, Payer> byAlias = new HashMap<>();
    private final Map<String, Payer> byDomainName = new HashMap<>();
    private final Pattern pattern;

    /** The alternation of every alias, for tests that compare {@link #mentions} with it. */
    Pattern pattern() {
        return pattern;
    }
    /** Per first word of an alias (lower case), the alternation of the aliases that open with it: aliases are tried only where one starts. */
    private final Map<String, Pattern> patternByFirstWord = new HashMap<>();
    /** First words of aliases printed with a lower-case initial ("eviCore"), matched case exactly. */
    private final Set<String> lowerInitialWords = new HashSet<>();
    /**
     * The first two characters (lower case; {@link #WORD_END} for a one-letter word) of the first
     * words in {@link #patternByFirstWord}: most capitalised words of a text open no payer's name, and this
     * says so without cutting the word out.
     */
    private final boolean[] firstWordOpenings = new boolean[128 * 129];
    private static final int WORD_END = 128;
    /** The lower-case initials of names written in lower case ("e" of "eviCore"), by character. */
    private final boolean[] lowerInitials = new boolean[128];

    private PayerDirectory(List<String[]> rows) {
        List<String> aliases = new ArrayList<>();
        for (String[] row : rows) {
            ProductLine implied = row[2].isBlank() ? null : ProductLine.valueOf(row[2].strip());
            Payer payer = new Payer(row[0].strip(), row[1].strip(), implied, row[4].strip().equals("agency"), row[4].strip().equals("brand"));
            byName.put(payer.name(), payer);
            for (String alias : withBlueSpellings((row[0] + "|" + row[3]).split("\\|"))) {
                String a = alias.strip();
                if (!a.isEmpty()) {
                    byAlias.put(key(a.replace("=", "")), payer);
                    String squashed = squash(a);
                    if (squashed.length() >= 4) {
                        byDomainName.putIfAbsent(squashed, payer);
                    }
                    aliases.add(a);
                    if (leadingWord(a.replace("=", ""), 0).isEmpty()) {
                        throw new IllegalStateException("payer alias must start with a letter or digit: " + a);
                    }
                }
            }
        }
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        // Longest first, so "Anthem Blue Cross and Blue Shield" wins over "Blue Cross and Blue Shield".
        StringBuilder alt = new StringBuilder();
        // The same alternation cut by first word, longest first within each: where a word starts, only the
        // aliases that open with it can match, and trying those alone finds what the whole would.
        Map<String, StringBuilder> byFirst = new java.util.LinkedHashMap<>();
        for (String a : aliases) {
            String regex = aliasRegex(a);
            alt.append(alt.length() == 0 ? "" : "|").append(regex);
            StringBuilder b = byFirst.computeIfAbsent(leadingWord(a.replace("=", ""), 0).toLowerCase(Locale.ROOT), w -> new StringBuilder());
            b.append(b.length() == 0 ? "" : "|").append(regex);
        }
        // A mention starts with a capital, unless the payer writes its name in lower case ("eviCore").
        StringBuilder lowerStarts = new StringBuilder();
        for (String a : aliases) {
            String plain = a.replace("=", "");
            if (Character.isLowerCase(plain.charAt(0))) {
                lowerStarts.append("|").append(Pattern.quote(leadingWord(plain, 0)));
                lowerInitialWords.add(leadingWord(plain, 0));
                lowerInitials[plain.charAt(0)] = true; // ASCII: every alias opens with a leading word
            }
        }
        pattern = mentionPattern(lowerStarts, alt);
        byFirst.forEach((word, alts) -> {
            patternByFirstWord.put(word, mentionPattern(lowerStarts, alts));
            firstWordOpenings[opening(word.charAt(0), word.length() > 1 ? word.charAt(1) : WORD_END)] = true;
        });
    }

    /** An alias as a regular expression: any spacing between its words; exact case where the alias asks for it. */
    private static String aliasRegex(String alias) {
        boolean exactCase = alias.startsWith("=") || (alias.equals(alias.toUpperCase()) && alias.length() <= 8);
        String quoted = Pattern.quote(alias.replace("=", "")).replace(" ", "\\E\\s+\\Q");
        return exactCase ? "(?-i:" + quoted + ")" : quoted;
    }

    private static Pattern mentionPattern(CharSequence lowerStarts, CharSequence alternatives) {
        return Pattern.compile("(?-i:(?=[A-Z]" + lowerStarts + "))(?i)(?<![\\w&-])(?:" + alternatives + ")(?![\\w])");
    }

    /**
     * Each alias also as the Blue plans print it either way: "Blue Cross and Blue Shield of Montana" is
     * "BlueCross and BlueShield of Montana" in its own header, "BlueCross BlueShield of Tennessee"
     * is "Blue Cross Blue Shield of Tennessee" in others' text, "and" is often dropped (or added), and a plan
     * is often named without the "of" ("Blue Cross Blue Shield North Carolina").
     */
    private static Set<String> withBlueSpellings(String[] aliases) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String alias : aliases) {
            String a = alias.strip();
            out.add(a);
            if (!BLUE_CROSS.matcher(a).find() && !BLUE_SHIELD.matcher(a).find()) {
                continue;
            }
            for (String cross : List.of("Blue Cross", "BlueCross")) {
                for (String shield : List.of("Blue Shield", "BlueShield")) {
                    String spelled = BLUE_CROSS.matcher(BLUE_SHIELD.matcher(a).replaceAll(shield)).replaceAll(cross);
                    for (String s : List.of(spelled, CROSS_AND_SHIELD.matcher(spelled).replaceAll("$1 $2"),
                            CROSS_SHIELD.matcher(spelled).replaceAll("$1 and $2"))) {
                        out.add(s);
                        out.add(OF_PLACE.matcher(s).replaceFirst(" $1"));
                    }
                }
            }
        }
        return out;
    }

    public static PayerDirectory load() {
        try (InputStream in = PayerDirectory.class.getResourceAsStream("/extract/payers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("extract/payers.tsv is missing from the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = (line + "\t\t\t\t").split("\t", -1);
                    rows.add(new String[] {cells[0], cells[1], cells[2], cells[3], cells[4]});
                }
            }
            return new PayerDirectory(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extract/payers.tsv", e);
        }
    }

    /**
     * Every mention of an alias, as {@code pattern.matcher(text).results()} would give them; look
     * each up with {@link #byAlias}. A mention starts with a capital letter (or the lower-case initial
     * of a name such as "eviCore") where no word character or "&" precedes it, and its first word is an
     * alias's first word: only there are the aliases that open with that word tried.
     */
    public List<MatchResult> mentions(String text) {
        List<MatchResult> out = new ArrayList<>();
        Map<Pattern, Matcher> matchers = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean capital = c >= 'A' && c <= 'Z';
            if (!capital && (c >= 128 || !lowerInitials[c]) || i > 0 && isWordOrAmpersand(text.charAt(i - 1))) {
                continue;
            }
            int second = i + 1 < text.length() && isAsciiLetterOrDigit(text.charAt(i + 1)) ? text.charAt(i + 1) : WORD_END;
            if (!firstWordOpenings[opening(c, second)]) {
                continue;
            }
            String word = leadingWord(text, i);
            boolean wordStart = capital || lowerInitialWords.contains(word);
            Pattern aliases = wordStart ? patternByFirstWord.get(word.toLowerCase(Locale.ROOT)) : null;
            if (aliases == null) {
                continue;
            }
            Matcher m = matchers.computeIfAbsent(aliases, p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            if (m.region(i, text.length()).lookingAt()) {
                out.add(m.toMatchResult());
                i = m.end() - 1;
            }
        }
        return out;
    }

    private static int opening(int first, int second) {
        return Character.toLowerCase(first) * 129 + (second == WORD_END ? WORD_END : Character.toLowerCase(second));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** What may not precede a mention: "In-Network Health Plan" names no payer. */
    private static boolean isWordOrAmpersand(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '&' || c == '-');
    }

    /** The run of ASCII letters and digits at {@code from}. */
    private static String leadingWord(String s, int from) {
        int end = from;
        while (end < s.length() && s.charAt(end) < 128 && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    public Payer byAlias(String matched) {
        return byAlias.get(key(matched));
    }

    /**
     * The payer whose name, written without spaces or punctuation, is a web or mail domain's
     * name: {@code floridablue.com} and {@code @aetna.com} name Florida Blue and Aetna.
     */
    public Payer byDomainName(String domainName) {
        return byDomainName.get(squash(domainName));
    }

    public Payer byName(String name) {
        return byName.get(name);
    }

    private static String squash(String alias) {
        return alias.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String key(String alias) {
        return Spaces.collapse(alias).toLowerCase(java.util.Locale.ROOT);
    }
}
