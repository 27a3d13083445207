package com.policyledger.db;

import com.policyledger.PolicyLedgerProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL in the data dir. Skipped when
 * {@code spring.datasource.url} is set, and Boot's own DataSource then connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(PolicyLedgerProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("policyledger-embedded");
        dataSource.setMaximumPoolSize(10);
        // Batched inserts (pages, codes, statements) travel as multi-row INSERTs: one round trip each.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }
}
