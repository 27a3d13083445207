package com.policyledger.review;

import com.policyledger.extract.CodeFormat;
import com.policyledger.extract.CodeSystem;
import com.policyledger.policy.VersionContent;
import com.policyledger.policy.VersionContent.CodeKey;
import com.policyledger.policy.VersionContent.CodeLine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A policy version as analysts corrected it: corrected codes listed, corrected determinations and
 * effective date in place, codes an analyst said are not codes gone. {@code notes} says, per listing
 * (by its label: the code, with its scope when it has one) and under "effective date", which
 * correction changed it, so pages can say so.
 */
public record CorrectedVersion(VersionContent content, Map<String, Correction> notes) {

    public static final String EFFECTIVE_DATE = "effective date";

    public static CorrectedVersion of(VersionContent version, DocumentCorrections corrections) {
        Map<String, Correction> notes = new LinkedHashMap<>();
        Map<CodeKey, CodeLine> codes = new TreeMap<>(version.codes());
        // Not a code is not a code in any scope.
        for (Correction c : corrections.notCodes()) {
            listingsOf(codes, c.flagRaw() == null ? null : c.flagRaw().strip()).forEach(key -> {
                codes.remove(key);
                notes.put(key.label(), c);
            });
        }
        String usual = usualDetermination(codes.values());
        for (Correction c : corrections.codes()) {
            if (listingsOf(codes, c.value()).isEmpty()) {
                CodeSystem system = CodeFormat.systemOf(c.value()).orElse(CodeSystem.CPT);
                codes.put(new CodeKey(c.value(), List.of()), new CodeLine(c.value(), system.name(), usual, List.of()));
            }
            listingsOf(codes, c.value()).forEach(key -> notes.put(key.label(), c));
        }
        codes.replaceAll((key, line) -> corrections.determinationOf(key.code(), key.productLines()).map(c -> {
            notes.put(key.label(), c);
            return new CodeLine(line.code(), line.system(), c.value(), line.productLines());
        }).orElse(line));
        LocalDate effective = corrections.effectiveDate().map(c -> {
            notes.put(EFFECTIVE_DATE, c);
            return LocalDate.parse(c.value());
        }).orElse(version.effectiveDate());
        VersionContent corrected = new VersionContent(version.policyId(), version.versionNumber(),
                version.documentId(), version.source(), effective, version.lastReviewedDate(),
                version.productLines(), codes, version.statements());
        return new CorrectedVersion(corrected, notes);
    }

    /** The correction behind a listing (its {@link CodeKey#label()}) or behind "effective date". */
    public Optional<Correction> note(String key) {
        return Optional.ofNullable(notes.get(key));
    }

    private static List<CodeKey> listingsOf(Map<CodeKey, CodeLine> codes, String code) {
        return codes.keySet().stream().filter(key -> key.code().equals(code)).toList();
    }

    /** A typed-in code belongs to the document's code table: it takes the table's usual determination. */
    private static String usualDetermination(Collection<CodeLine> lines) {
        return lines.stream().map(CodeLine::determination).filter(d -> d != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
