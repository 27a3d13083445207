package com.policyledger.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code status}: how many documents are in each status. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Count the loaded documents by status (LOADED, REJECTED) and show the last run.")
class StatusCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = cli.contexts().query()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("""
                    SELECT status, count(*) AS documents, coalesce(sum(page_count), 0) AS pages
                    FROM source_document GROUP BY status ORDER BY status""")
                    .query((rs, i) -> String.format("%-9s %6d documents %7d pages", rs.getString(1), rs.getLong(2),
                            rs.getLong(3)))
                    .list().forEach(System.out::println);
            jdbc.sql("""
                    SELECT finished_at, new_count, changed_count, unchanged_count, rejected_count
                    FROM ingest_run ORDER BY finished_at DESC LIMIT 1""")
                    .query((rs, i) -> String.format("last run %s: %d new, %d changed, %d unchanged, %d rejected",
                            rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                    .optional().ifPresentOrElse(System.out::println, () -> System.out.println("no ingest run yet"));
            return 0;
        }
    }
}
