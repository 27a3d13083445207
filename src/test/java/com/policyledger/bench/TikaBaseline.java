package com.policyledger.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor PolicyLedger is measured against: one AutoDetectParser parsing every file of a folder
 * to plain text, nothing else, once (the benchmark script starts a fresh JVM per round, as ingest
 * runs). Prints pages/s. Usage: TikaBaseline FOLDER
 */
public final class TikaBaseline {

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        long pages = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            Metadata metadata = new Metadata();
            try (InputStream in = TikaInputStream.get(file)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
            }
            Integer counted = metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES);
            pages += counted == null ? 1 : counted;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("tika round: %d files, %d pages in %.1f s (%.1f pages/s)%n", files.size(), pages, seconds,
                pages / seconds);
    }
}
