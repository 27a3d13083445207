package com.policyledger.cli;

import com.policyledger.export.DocumentExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export}: every source document, for downstream tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every source document with its extraction: JSON lines (one object per document)",
                "or CSV (one row per code)."})
class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv }

    @ParentCommand
    private PolicyLedgerCli cli;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = cli.contexts().query();
                OutputStream stream = out == null ? new NonClosing(System.out) : Files.newOutputStream(out)) {
            DocumentExporter exporter = context.getBean(DocumentExporter.class);
            long count = format == Format.jsonl ? exporter.writeJsonLines(stream) : exporter.writeCsv(stream);
            if (out != null) {
                System.err.println("exported " + count + " rows to " + out);
            }
            return 0;
        }
    }

    /** Standard output must stay open for whatever the JVM prints after us. */
    private static final class NonClosing extends PrintStream {
        NonClosing(PrintStream target) {
            super(target, true);
        }

        @Override
        public void close() {
            flush();
        }
    }
}
