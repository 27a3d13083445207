package com.policyledger.export;

import com.policyledger.review.Corrections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The exporter and its queries. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    ExportQueries exportQueries(JdbcClient jdbc, Corrections corrections) {
        return new ExportQueries(jdbc, corrections);
    }

    @Bean
    DocumentExporter documentExporter(ExportQueries queries) {
        return new DocumentExporter(queries);
    }
}
