package com.policyledger.cli;

import com.policyledger.PolicyLedgerProperties;
import com.policyledger.evaluate.Evaluator;
import com.policyledger.evaluate.Scorecard;
import com.policyledger.extract.PolicyExtractor;
import com.policyledger.evaluate.DocumentText;
import com.policyledger.text.TikaPageExtractor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code evaluate --gold DIR [--docs DIR]}: extraction accuracy against hand-labelled gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold labels: field-level precision, recall and F1.",
                "A document docs/a/b.pdf is matched with gold/a/b.pdf.json (or gold/a/b.json); no database needed."})
class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files.")
    private Path gold;

    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "sample-docs",
            description = "Folder of documents (default: ${DEFAULT-VALUE}).")
    private Path docs;

    @Option(names = "--mismatches", description = "Also list each document's wrong or missing values.")
    private boolean mismatches;

    @Override
    public Integer call() {
        PolicyLedgerProperties properties = Binder.get(new StandardEnvironment())
                .bindOrCreate("policyledger", PolicyLedgerProperties.class);
        try (TikaPageExtractor tika = new TikaPageExtractor(properties)) {
            Scorecard card = new Evaluator(new PolicyExtractor()).evaluateDocuments(docs, gold, file -> DocumentText.read(tika, file));
            System.out.print(card.table());
            if (mismatches) {
                card.mismatches().forEach(System.out::println);
            }
            return card.skipped().isEmpty() ? 0 : 1; // scores over fewer documents than labelled: say so to scripts too
        }
    }
}
