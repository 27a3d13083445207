package com.policyledger.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor PolicyLedger is measured against: one shared AutoDetectParser parsing every file of a
 * folder to plain text, nothing else. Prints pages/s for each round. Usage: TikaBaseline FOLDER ROUNDS
 */
public final class TikaBaseline {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long pages = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                Metadata metadata = new Metadata();
                try (InputStream in = TikaInputStream.get(file)) {
                    parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
                }
                pages += metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES) == null ? 1
                        : metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(pages / seconds);
            System.out.printf("tika round %d: %d files, %d pages in %.1f s (%.1f pages/s)%n", round + 1, files.size(),
                    pages, seconds, pages / seconds);
        }
        System.out.printf("tika median pages/s: %.1f%n", BenchmarkStats.median(rates));
    }
}
