package com.policyledger.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;

/** The names payers print for each product line, from {@code extract/product-lines.tsv}. */
public final class ProductLineVocabulary {
    /** One mention of a product line in a piece of text. */
    public record Mention(ProductLine line, int start, int end) {
    }

    private final Map<ProductLine, PrefilteredPattern> patterns;

    /**
     * All the names in one alternation: most sentences and lines name no product line, and one
     * scan says so where one per line of business would take seven.
     */
    private final PrefilteredPattern anyLine;

    private ProductLineVocabulary(Map<ProductLine, String> names) {
        this.patterns = new LinkedHashMap<>();
        names.forEach((line, alternatives) -> patterns.put(line, PrefilteredPattern.compile(mention(alternatives))));
        this.anyLine = PrefilteredPattern.compile(mention(names.values().stream().map(n -> "(?:" + n + ")")
                .collect(java.util.stream.Collectors.joining("|"))));
    }

    private static String mention(String alternatives) {
        return "(?i)(?<![\\w-])(?:" + alternatives + ")(?![\\w-])";
    }

    public static ProductLineVocabulary load() {
        Map<ProductLine, String> names = new LinkedHashMap<>();
        try (InputStream in = ProductLineVocabulary.class.getResourceAsStream("/extract/product-lines.tsv")) {
            if (in == null) {
                throw new IllegalStateException("extract/product-lines.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    names.put(ProductLine.valueOf(cells[0]), cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extract/product-lines.tsv", e);
        }
        return new ProductLineVocabulary(names);
    }

    /** Every mention in order of position. */
    public List<Mention> mentions(String text) {
        if (!anyLine.foundIn(text)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<ProductLine, PrefilteredPattern> e : patterns.entrySet()) {
            for (MatchResult m : e.getValue().findAll(text)) {
                out.add(new Mention(e.getKey(), m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Where the mentions of a long text start, from one indexed search: a piece of it bounded by
     * whitespace after sentence punctuation has mentions exactly when one starts inside it, since no
     * name runs over such a boundary or is decided by the character beyond it.
     */
    public int[] mentionStarts(String text) {
        return anyLine.findAll(text).stream().mapToInt(MatchResult::start).toArray();
    }

    public Set<ProductLine> linesIn(String text) {
        Set<ProductLine> out = EnumSet.noneOf(ProductLine.class);
        mentions(text).forEach(m -> out.add(m.line()));
        return out;
    }

    /** The text with every product-line name removed, to test whether a line is only a scope heading. */
    public String withoutMentions(String text) {
        String out = text;
        for (PrefilteredPattern p : patterns.values()) {
            out = p.pattern().matcher(out).replaceAll(" ");
        }
        return out;
    }
}
