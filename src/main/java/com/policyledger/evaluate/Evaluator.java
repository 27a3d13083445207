package com.policyledger.evaluate;

import com.policyledger.extract.PolicyExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores the extractor against hand-labelled gold files. A document {@code docs/a/b.pdf} is
 * matched with {@code gold/a/b.pdf.json}, else {@code gold/a/b.json}; documents without gold are
 * skipped. Scalar fields count a true positive when prediction and gold agree after normalising
 * (case, spacing, punctuation), including both being null: an abstention that was right. List
 * fields are compared as sets per document and summed over documents (micro-averaged).
 */
public final class Evaluator {
    /** Pages of a plain-text document: form feeds separate pages. */
    public static final Function<Path, List<String>> TEXT_PAGES = path -> {
        try {
            return Arrays.asList(Files.readString(path, StandardCharsets.UTF_8).split("\f", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    };

    private final PolicyExtractor extractor;

    public Evaluator(PolicyExtractor extractor) {
        this.extractor = extractor;
    }

    public Scorecard evaluate(Path docsDir, Path goldDir) {
        return evaluate(docsDir, goldDir, TEXT_PAGES);
    }

    public Scorecard evaluate(Path docsDir, Path goldDir, Function<Path, List<String>> pages) {
        return evaluateDocuments(docsDir, goldDir, path -> new DocumentText(pages.apply(path), null));
    }

    /** As {@link #evaluate(Path, Path, Function)} for readers that also know the file's metadata title. */
    public Scorecard evaluateDocuments(Path docsDir, Path goldDir, Function<Path, DocumentText> reader) {
        Scorecard.Builder card = Scorecard.builder();
        try (Stream<Path> files = Files.walk(docsDir)) {
            for (Path doc : files.filter(Files::isRegularFile).sorted().toList()) {
                Path gold = goldFor(docsDir.relativize(doc), goldDir);
                if (gold != null) {
                    scoreAgainst(doc, gold, reader, card);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + docsDir, e);
        }
        return card.build();
    }

    /** One document against its gold; a gold file that cannot be used is reported, and the others still scored. */
    private void scoreAgainst(Path doc, Path gold, Function<Path, DocumentText> reader, Scorecard.Builder card) {
        GoldDocument labels;
        try {
            labels = GoldDocument.read(gold);
        } catch (GoldDocument.InvalidGoldException e) {
            card.skipped(e.getMessage());
            return;
        }
        DocumentText read = reader.apply(doc);
        score(doc.toString(), labels, Prediction.of(extractor.extract(read.pages(), read.metadataTitle())), card);
    }

    static Path goldFor(Path relative, Path goldDir) {
        Path exact = goldDir.resolve(relative + ".json");
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        String name = relative.toString();
        int dot = name.lastIndexOf('.');
        Path base = goldDir.resolve((dot > 0 ? name.substring(0, dot) : name) + ".json");
        return Files.isRegularFile(base) ? base : null;
    }

    static void score(String doc, GoldDocument gold, GoldDocument predicted, Scorecard.Builder card) {
        card.document();
        for (String f : GoldDocument.SCALAR_FIELDS) {
            String g = normalise(f, gold.scalars().get(f));
            String p = normalise(f, predicted.scalars().get(f));
            if (Objects.equals(g, p)) {
                card.add(f, 1, 0, 0);
                continue;
            }
            card.add(f, 0, p == null ? 0 : 1, g == null ? 0 : 1);
            card.mismatch(doc + " " + f + ": expected " + gold.scalars().get(f) + ", got " + predicted.scalars().get(f));
        }
        for (String f : GoldDocument.LIST_FIELDS) {
            Set<String> g = gold.lists().get(f);
            Set<String> p = predicted.lists().get(f);
            Set<String> hit = new HashSet<>();
            for (String item : g) {
                if (p.stream().anyMatch(x -> same(f, item, x))) {
                    hit.add(item);
                }
            }
            long fp = p.stream().filter(x -> g.stream().noneMatch(item -> same(f, item, x))).count();
            card.add(f, hit.size(), (int) fp, g.size() - hit.size());
            if (fp > 0 || hit.size() < g.size()) {
                card.mismatch(doc + " " + f + ": missing " + g.stream().filter(x -> !hit.contains(x)).toList() + ", extra "
                        + p.stream().filter(x -> g.stream().noneMatch(item -> same(f, item, x))).toList());
            }
        }
    }

    /** A malformed row is recognised by its code cell, which the flag's raw row text contains. */
    private static boolean same(String field, String gold, String predicted) {
        if (field.equals("malformed_codes")) {
            return normalise(field, predicted).contains(normalise(field, gold));
        }
        return gold.equals(predicted);
    }

    static String normalise(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}.\\-/]+", " ").strip();
        return field.equals("policy_number") ? v.replace(" ", "") : v.replaceAll("\\s+", " ");
    }
}
