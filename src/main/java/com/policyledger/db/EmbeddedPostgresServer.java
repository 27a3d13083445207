package com.policyledger.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL whose cluster lives in {@code <data-dir>/postgres}, so data accumulates across
 * runs. One PolicyLedger process at a time owns the data dir (see {@link DataDirLock}); a postmaster
 * orphaned by a killed owner is shut down before the new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final DataDirLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(DataDirLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            Path cluster = dataDir.resolve("postgres").toAbsolutePath();
            stopOrphanedPostmaster(cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    // initdb fails when the machine lacks the default en_US.UTF-8 locale.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "50")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * We hold the data-dir lock, so a live postmaster named in postmaster.pid belongs to a process
     * that died without stopping it. PostgreSQL itself handles a pid file whose process is gone.
     */
    private static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by a PolicyLedger process that was killed",
                postmaster.get().pid());
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
