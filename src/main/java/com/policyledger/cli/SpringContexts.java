package com.policyledger.cli;

import com.policyledger.PolicyLedgerApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context a command needs, with the user's Spring properties. */
record SpringContexts(List<String> springArgs, boolean debug) {

    /** Everything the ingest job needs, built up front. */
    ConfigurableApplicationContext ingest() {
        return new SpringApplicationBuilder(PolicyLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments());
    }

    /**
     * For commands that only read or update the database: beans are built when first asked for, so
     * the extraction engine and Tika (a second or more of start-up) are never built. Flyway migrates
     * before the first query, as the database's first user depends on it.
     */
    ConfigurableApplicationContext query() {
        return new SpringApplicationBuilder(PolicyLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .run(arguments());
    }

    /** The review web app on {@code port}: Tomcat plus the same beans and database as the batch commands. */
    ConfigurableApplicationContext web(int port) {
        List<String> args = new ArrayList<>(List.of(arguments()));
        args.add("--server.port=" + port);
        return new SpringApplicationBuilder(PolicyLedgerApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    private String[] arguments() {
        List<String> args = new ArrayList<>(springArgs);
        if (debug) {
            args.add("--logging.level.com.policyledger=DEBUG");
        } else {
            // Failures are reported in one line by the CLI; Spring's own report would repeat them as stack traces.
            args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
            args.add("--logging.level.org.springframework.boot.diagnostics=OFF");
            args.add("--logging.level.org.springframework.boot.autoconfigure.logging=OFF");
        }
        return args.toArray(String[]::new);
    }
}
