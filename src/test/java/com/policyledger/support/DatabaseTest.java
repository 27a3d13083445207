package com.policyledger.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the real database: one Spring context (and one embedded PostgreSQL) shared by
 * all of them, every table emptied before each test.
 */
@SpringBootTest
@Import(DatabaseTest.CleanSchema.class)
public abstract class DatabaseTest {

    private static final java.nio.file.Path DATA_DIR = TestDatabase.newDataDir("spring");

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.flyway.clean-disabled", () -> "false");
        if (TestDatabase.external()) {
            registry.add("spring.datasource.url", () -> TestDatabase.EXTERNAL_URL);
            registry.add("spring.datasource.username", () -> "postgres");
        } else {
            registry.add("policyledger.data-dir", DATA_DIR::toString);
        }
    }

    @BeforeEach
    void emptyTables() {
        jdbc.sql(TableDump.TRUNCATE_ALL).update();
    }

    /** The external test database outlives runs: start each suite from the migrations, as a new install would. */
    @TestConfiguration
    static class CleanSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
