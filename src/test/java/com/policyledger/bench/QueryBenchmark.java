package com.policyledger.bench;

import com.policyledger.db.EmbeddedPostgresServer;
import com.policyledger.policy.PolicyCatalog;
import com.policyledger.policy.VersionDiffer;
import com.policyledger.policy.VersionReader;
import com.policyledger.review.CorrectedCodeSearch;
import com.policyledger.review.CorrectedVersions;
import com.policyledger.review.Corrections;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Diff of two synthetic versions with 1,000 codes each, and search by code over 10,000 policy
 * versions, on the embedded PostgreSQL with the real schema. Prints medians in milliseconds.
 */
public final class QueryBenchmark {

    private static final int POLICIES = 5_000;
    private static final int CODES_PER_VERSION = 20;
    private static final int DIFF_CODES = 1_000;

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("policyledger-bench");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
            // Pooled as in the application: a new connection per query would dominate every figure.
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            SyntheticPolicies.load(jdbc, POLICIES, CODES_PER_VERSION, DIFF_CODES);
            VersionReader reader = new VersionReader(jdbc);
            VersionDiffer differ = new VersionDiffer(reader);
            // The search users get: as extracted, with analysts' corrections applied.
            Corrections corrections = new Corrections(jdbc);
            CorrectedCodeSearch codeSearch = new CorrectedCodeSearch(new PolicyCatalog(jdbc, differ),
                    new CorrectedVersions(reader, corrections), corrections, jdbc);
            long diffPolicy = jdbc.sql("SELECT id FROM policy WHERE policy_number = 'DIFF-1'").query(Long.class).single();

            double diff = BenchmarkStats.medianMillis(20, 30, () -> differ.diff(diffPolicy, 1, 2));
            double search = BenchmarkStats.medianMillis(20, 50,
                    () -> codeSearch.listing("0" + (100 + (int) (Math.random() * 800)) + "T", LocalDate.of(2026, 3, 1)));
            int versions = jdbc.sql("SELECT count(*) FROM policy_version").query(Integer.class).single();
            System.out.printf("diff of two versions with %d codes each: median %.1f ms (target < 50 ms)%n", DIFF_CODES, diff);
            System.out.printf("search by code over %d policy versions: median %.1f ms (target < 20 ms)%n", versions, search);
            dataSource.close();
        }
    }
}
