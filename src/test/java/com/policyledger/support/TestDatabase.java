package com.policyledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which PostgreSQL the tests use: the embedded one (default) or, with {@code -Pexternal-db}, the
 * server at 127.0.0.1:5432, database {@code test}. Both are real PostgreSQL over JDBC.
 */
public final class TestDatabase {

    public static final String EXTERNAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabase() {
    }

    public static boolean external() {
        return "external".equals(System.getProperty("policyledger.test-db"));
    }

    /** Spring properties that point a PolicyLedger process at the test database. */
    public static List<String> springArgs(Path embeddedDataDir) {
        // The data dir also holds change reports, so it is given for the external database too.
        if (external()) {
            return List.of("--spring.datasource.url=" + EXTERNAL_URL, "--spring.datasource.username=postgres",
                    "--policyledger.data-dir=" + embeddedDataDir);
        }
        return List.of("--policyledger.data-dir=" + embeddedDataDir);
    }

    public static Path newDataDir(String name) {
        try {
            Path dir = Path.of("target", "test-data");
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir.toAbsolutePath(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
