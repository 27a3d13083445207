package com.policyledger.export;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The exporter and its queries. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    ExportQueries exportQueries(JdbcClient jdbc) {
        return new ExportQueries(jdbc);
    }

    @Bean
    DocumentExporter documentExporter(ExportQueries queries) {
        return new DocumentExporter(queries);
    }
}
