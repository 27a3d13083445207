package com.policyledger.sampledocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Regenerates sample-docs/ from src/samples/sources/ (run: {@code mvn -Psample-docs test-compile}).
 * Each source lists its output formats in its {@code @formats:} line; the bad/ inputs that do not
 * come from a source (empty, unsupported) are written every time. Files whose bytes are unchanged
 * are not rewritten, and every format is deterministic, so a re-run leaves git clean.
 */
public final class SampleDocsGenerator {

    private final Path out;
    private int written;
    private int unchanged;

    private SampleDocsGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path sources = Path.of(args.length > 0 ? args[0] : "src/samples/sources");
        Path out = Path.of(args.length > 1 ? args[1] : "sample-docs");
        SampleDocsGenerator generator = new SampleDocsGenerator(out);
        List<Path> files;
        try (Stream<Path> list = Files.list(sources)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            generator.generate(SourceDoc.parse(file));
        }
        generator.write("bad/empty.pdf", BadFiles.empty());
        generator.write("bad/unsupported.bin", BadFiles.unsupported());
        System.out.printf("sample-docs: %d written, %d unchanged (%s)%n", generator.written, generator.unchanged, out);
    }

    private void generate(SourceDoc src) throws IOException {
        String name = src.name();
        for (String format : src.formats()) {
            switch (format) {
                case "pdf" -> write(name + ".pdf", pdf(src));
                case "html" -> write("html/" + name + ".html", utf8(HtmlWriter.write(src)));
                case "docx" -> write("docx/" + name + ".docx", DocxWriter.write(src));
                case "txt" -> write("txt/" + name + ".txt", utf8(TextWriter.write(src)));
                case "scan" -> write("scanned/" + name + ".pdf", ScannedPdf.write(src));
                case "encrypted" -> write("bad/encrypted.pdf", BadFiles.encrypted(pdf(src)));
                case "corrupt" -> write("bad/corrupt.pdf", BadFiles.corrupt(pdf(src)));
                default -> throw new IllegalArgumentException(name + ": unknown format " + format);
            }
        }
    }

    private static byte[] pdf(SourceDoc src) throws IOException {
        try (PDDocument doc = PdfRenderer.render(src)) {
            return Pdfs.bytes(doc);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path target = out.resolve(relative);
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            unchanged++;
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written++;
        System.out.println("wrote " + target + " (" + bytes.length + " bytes)");
    }
}
