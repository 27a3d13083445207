package com.policyledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled sample documents, and larger corpora made from them. */
public final class SampleDocs {

    public static final Path FOLDER = Path.of("sample-docs");

    private SampleDocs() {
    }

    /** Every file under sample-docs, relative, '/'-separated. */
    public static List<String> allFiles() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> FOLDER.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the readable sample PDFs into {@code target} until it holds {@code count} files, each made
     * distinct by a trailing PDF comment (a new SHA-256, the same pages), as a nightly inbox would be.
     */
    public static Path replicatedPdfs(Path target, int count) throws IOException {
        Files.createDirectories(target);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(FOLDER)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path source = pdfs.get(i % pdfs.size());
            byte[] body = Files.readAllBytes(source);
            byte[] marker = ("\n%copy " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            Path copy = target.resolve(String.format("%04d-%s", i, source.getFileName()));
            Files.write(copy, body);
            Files.write(copy, marker, java.nio.file.StandardOpenOption.APPEND);
        }
        return target;
    }
}
