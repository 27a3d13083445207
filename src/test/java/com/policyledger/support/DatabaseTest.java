package com.policyledger.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the real database: one Spring context (and one embedded PostgreSQL) shared by
 * all of them, every table emptied before each test.
 */
@SpringBootTest
@Import(CleanSchemaConfiguration.class)
public abstract class DatabaseTest {

    private static final java.nio.file.Path DATA_DIR = TestDatabase.newDataDir("spring");

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.flyway.clean-disabled", () -> "false");
        // The data dir holds the embedded cluster, or with an external database only the change reports.
        registry.add("policyledger.data-dir", DATA_DIR::toString);
        if (TestDatabase.external()) {
            registry.add("spring.datasource.url", () -> TestDatabase.EXTERNAL_URL);
            registry.add("spring.datasource.username", () -> "postgres");
        }
    }

    @BeforeEach
    protected void emptyTables() {
        jdbc.sql(TableDump.TRUNCATE_ALL).update();
    }
}
