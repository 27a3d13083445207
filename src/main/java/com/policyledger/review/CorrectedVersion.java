package com.policyledger.review;

import com.policyledger.extract.CodeFormat;
import com.policyledger.extract.CodeSystem;
import com.policyledger.policy.VersionContent;
import com.policyledger.policy.VersionContent.CodeLine;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A policy version as analysts corrected it: corrected codes listed, corrected determinations and
 * effective date in place, codes an analyst said are not codes gone. {@code notes} says, per code
 * (and under "effective date"), which correction changed it, so pages can say so.
 */
public record CorrectedVersion(VersionContent content, Map<String, Correction> notes) {

    public static final String EFFECTIVE_DATE = "effective date";

    public static CorrectedVersion of(VersionContent version, DocumentCorrections corrections) {
        Map<String, Correction> notes = new LinkedHashMap<>();
        Map<String, CodeLine> codes = new TreeMap<>(version.codes());
        corrections.notCodes().forEach(c -> {
            if (c.flagRaw() != null && codes.remove(c.flagRaw().strip()) != null) {
                notes.put(c.flagRaw().strip(), c);
            }
        });
        String usual = usualDetermination(codes.values());
        for (Correction c : corrections.codes()) {
            CodeSystem system = CodeFormat.systemOf(c.value()).orElse(CodeSystem.CPT);
            codes.putIfAbsent(c.value(), new CodeLine(c.value(), system.name(), usual, java.util.List.of()));
            notes.put(c.value(), c);
        }
        codes.replaceAll((code, line) -> corrections.determinationOf(code).map(c -> {
            notes.put(code, c);
            return new CodeLine(code, line.system(), c.value(), line.productLines());
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

    public Optional<Correction> note(String key) {
        return Optional.ofNullable(notes.get(key));
    }

    /** A typed-in code belongs to the document's code table: it takes the table's usual determination. */
    private static String usualDetermination(Collection<CodeLine> lines) {
        return lines.stream().map(CodeLine::determination).filter(d -> d != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
