package com.policyledger.cli;

import com.policyledger.RunFailedException;
import com.policyledger.web.account.FirstAdmin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: the analyst review web app, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the review web app (review queue, policies, diffs, JSON API) on the same data.",
                "With no user yet, creates the admin user and prints its one-time password.",
                "With --policyledger.inbox and --policyledger.schedule set, also runs the ingest on that schedule."})
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.getBean(FirstAdmin.class).ensure().ifPresent(System.out::println);
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println("PolicyLedger review app on http://localhost:" + actualPort + "/ (Ctrl-C stops it)");
        // Spring's shutdown hook closes the context on Ctrl-C / SIGTERM; until then the app serves.
        closed.await();
        return 0;
    }

    private ConfigurableApplicationContext start() {
        try {
            return cli.contexts().web(port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new RunFailedException("port " + port + " is in use by another program:"
                            + " stop it, or choose another with --port", e);
                }
            }
            throw e;
        }
    }
}
