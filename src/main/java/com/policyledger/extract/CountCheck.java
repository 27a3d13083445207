package com.policyledger.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.stream.Collectors;

/**
 * A document that states how many codes or rows it lists ("the source data contains eight rows",
 * "affects seven confirmed CPT codes") is checked against the distinct codes extracted; a
 * different number is a COUNT_MISMATCH for an analyst, since either the text or the table is wrong.
 */
public final class CountCheck {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final PrefilteredPattern STATED = PrefilteredPattern.compile("(?i)\\b(?:contains?|lists?|includes?|affects?|covers?|has|have|are)\\s+"
            + "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[a-z]+\\s+){0,2}?"
            + "(?:rows|codes|entries|cpt codes|hcpcs codes)\\b");

    public void check(SourceText text, List<ExtractedCode> codes, List<Flag> flags) {
        Set<String> distinct = codes.stream().map(ExtractedCode::code).collect(Collectors.toSet());
        Set<String> reported = new java.util.HashSet<>();
        for (MatchResult m : STATED.findAll(text.text())) {
            if (!reported.add(m.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int stated = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : WORDS.get(n);
            if (stated != distinct.size()) {
                flags.add(new Flag(FlagKind.COUNT_MISMATCH, m.group() + " (extracted " + distinct.size() + " codes)",
                        text.provenance(m.start(), m.end(), text.lineAt(m.start()).text().strip())));
            }
        }
    }
}
