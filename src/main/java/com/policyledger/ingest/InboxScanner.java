package com.policyledger.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Lists the regular files under a folder, recursively, in a stable (path) order. */
final class InboxScanner {

    private InboxScanner() {
    }

    static List<InboxFile> scan(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> new InboxFile(p, root.relativize(p).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(InboxFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }
}
