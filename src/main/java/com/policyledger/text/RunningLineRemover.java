package com.policyledger.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers and footers, found by repetition rather than by a list of strings: a line
 * near the top or bottom of a page that recurs, digits aside, near the edge of at least half the
 * pages ("MEDICAL COVERAGE POLICY | 7", "Page 3 of 10"). Also joins words hyphenated across lines.
 */
final class RunningLineRemover {

    /** How many non-blank lines at each edge of a page can hold a header or footer. */
    private static final int EDGE_LINES = 3;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{Ll})-\\n[ \\t]*(\\p{Ll})");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");

    List<String> clean(List<String> pages) {
        List<List<String>> lines = pages.stream().map(p -> List.of(p.split("\n", -1))).toList();
        Set<String> running = runningKeys(lines);
        List<String> cleaned = new ArrayList<>(pages.size());
        for (List<String> page : lines) {
            cleaned.add(tidy(String.join("\n", withoutRunning(page, running))));
        }
        return cleaned;
    }

    private Set<String> runningKeys(List<List<String>> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>(edgeKeys(page).values());
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesWithKey.forEach((key, count) -> {
            if (count >= threshold) {
                running.add(key);
            }
        });
        return running;
    }

    private List<String> withoutRunning(List<String> page, Set<String> running) {
        if (running.isEmpty()) {
            return page;
        }
        Set<Integer> drop = new HashSet<>();
        edgeKeys(page).forEach((index, key) -> {
            if (running.contains(key)) {
                drop.add(index);
            }
        });
        List<String> kept = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            if (!drop.contains(i)) {
                kept.add(page.get(i));
            }
        }
        return kept;
    }

    /**
     * The lines at each edge of a page keyed by their place (2nd from the top, last, ...) and their
     * words, so a header only matches a header: body text that happens to repeat does not.
     */
    private static Map<Integer, String> edgeKeys(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Map<Integer, String> keys = new HashMap<>();
        int edge = Math.min(EDGE_LINES, nonBlank.size() / 2);
        for (int k = 0; k < edge; k++) {
            int top = nonBlank.get(k);
            int bottom = nonBlank.get(nonBlank.size() - 1 - k);
            keys.put(top, "top" + k + ":" + key(page.get(top)));
            keys.put(bottom, "bottom" + k + ":" + key(page.get(bottom)));
        }
        return keys;
    }

    /** Page numbers and dates differ from page to page; the words around them do not. */
    private static String key(String line) {
        String normalized = DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#");
        return SPACES.matcher(normalized).replaceAll(" ");
    }

    private static String tidy(String text) {
        String joined = LINE_BREAK_HYPHEN.matcher(text).replaceAll("$1$2");
        return EXTRA_BLANK_LINES.matcher(joined).replaceAll("\n\n").strip();
    }
}
