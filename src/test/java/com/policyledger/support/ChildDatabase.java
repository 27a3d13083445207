package com.policyledger.support;

import com.policyledger.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Reads what a child PolicyLedger process left in its database: the shared external test database,
 * or the embedded cluster in the child's data dir, started again once the child has exited.
 */
public final class ChildDatabase {

    private ChildDatabase() {
    }

    public static <T> T query(Path dataDir, JdbcClient testDatabase, Function<JdbcClient, T> query) throws IOException {
        if (TestDatabase.external()) {
            return query.apply(testDatabase);
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                    server.jdbcUrl(), "postgres", "");
            return query.apply(JdbcClient.create(dataSource));
        }
    }
}
