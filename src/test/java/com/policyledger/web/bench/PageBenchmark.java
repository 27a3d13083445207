package com.policyledger.web.bench;

import com.policyledger.PolicyLedgerApplication;
import com.policyledger.ingest.IngestRunner;
import com.policyledger.support.SampleDocs;
import com.policyledger.support.TestDatabase;
import com.policyledger.web.account.Role;
import com.policyledger.web.account.UserAccounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Speed of the pages analysts wait for, on the embedded database: the review queue with 100,000
 * flags (first page, a deep page, a filtered page, one flag) and the diff of the two WA.CP.MP.526
 * versions. Prints the median and 90th percentile of each over 50 requests after a warm-up.
 * Run with {@code ./mvnw -q -Pbench test-compile exec:java}; not a test: timings depend on the machine.
 */
public final class PageBenchmark {

    static final int FLAGS = 100_000;
    static final int WARM_UP = 100;
    static final int RUNS = 50;

    public static void main(String[] args) throws Exception {
        String dataDir = TestDatabase.newDataDir("bench").toString();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyLedgerApplication.class)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                .run("--server.port=0", "--policyledger.data-dir=" + dataDir, "--logging.level.com.policyledger=WARN")) {
            context.getBean(IngestRunner.class).run(SampleDocs.FOLDER);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            addFlags(jdbc);
            context.getBean(UserAccounts.class).add("bench", Role.ANALYST, "bench password");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            SessionClient client = SessionClient.logIn("http://localhost:" + port, "bench", "bench password");
            long policy = jdbc.sql("SELECT id FROM policy WHERE policy_number = 'WA.CP.MP.526'").query(Long.class).single();
            long middleFlag = jdbc.sql("SELECT id FROM flag ORDER BY id OFFSET :n LIMIT 1").param("n", FLAGS / 2)
                    .query(Long.class).single();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("queue, first page", "/queue");
            pages.put("queue, page after flag " + middleFlag, "/queue?after=" + middleFlag);
            pages.put("queue, MALFORMED_CODE of Cigna", "/queue?kind=MALFORMED_CODE&payer=Cigna");
            pages.put("queue, status any", "/queue?status=ANY");
            pages.put("one flag", "/flags/" + middleFlag);
            pages.put("diff WA.CP.MP.526 v1 -> v2", "/policies/" + policy + "/diff?from=1&to=2");
            pages.put("api queue", "/api/flags");
            System.out.printf("%d flags in the queue; median and p90 of %d requests per page after %d warm-up requests per page%n",
                    jdbc.sql("SELECT count(*) FROM flag").query(Long.class).single(), RUNS, WARM_UP);
            // The JIT compiles the template engine and the JDBC path during the first few hundred requests.
            for (String path : pages.values()) {
                for (int i = 0; i < WARM_UP; i++) {
                    client.get(path);
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                measure(client, page.getKey(), page.getValue());
            }
        }
    }

    /** Flags spread over the loaded documents, kinds and pages, as months of nightly runs would leave. */
    private static void addFlags(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO flag (document_id, kind, raw, page_number, snippet, fingerprint)
                SELECT d.ids[1 + i % array_length(d.ids, 1)],
                       (ARRAY['MALFORMED_CODE','BAD_DATE','COUNT_MISMATCH','LOW_CONFIDENCE','CONTRADICTION'])[1 + i % 5],
                       'row ' || i, 1, 'a snippet of the table row ' || i || ' as it was printed on the page', 'bench-' || i
                FROM generate_series(1, :n) AS i,
                     (SELECT array_agg(id) AS ids FROM source_document WHERE status = 'LOADED') d""")
                .param("n", FLAGS).update();
        // What autovacuum does after a bulk insert, so the planner knows the new rows.
        jdbc.sql("VACUUM ANALYZE").update();
    }

    private static void measure(SessionClient client, String name, String path) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            client.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(null);
        System.out.printf("%-45s median %6.1f ms   p90 %6.1f ms%n", name, millis.get(RUNS / 2),
                millis.get(RUNS * 9 / 10));
    }
}
