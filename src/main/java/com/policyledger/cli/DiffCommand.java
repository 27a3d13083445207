package com.policyledger.cli;

import com.policyledger.export.Json;
import com.policyledger.policy.PolicyCatalog;
import com.policyledger.policy.PolicyCatalog.PolicyRef;
import com.policyledger.policy.VersionDiff;
import com.policyledger.policy.VersionDiffer;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code diff <payer> <policy-number> [--from N --to M]}: what changed between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two versions of a policy (default: the latest two).")
class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private PolicyLedgerCli cli;

    @Parameters(index = "0", paramLabel = "PAYER")
    private String payer;

    @Parameters(index = "1", paramLabel = "POLICY-NUMBER", description = "or, for a policy with no number, its title")
    private String policyNumber;

    @Option(names = "--from", paramLabel = "N", description = "Older version number.")
    private Integer from;

    @Option(names = "--to", paramLabel = "M", description = "Newer version number.")
    private Integer to;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = cli.contexts().query()) {
            PolicyRef policy = context.getBean(PolicyCatalog.class).find(payer, policyNumber);
            VersionDiffer differ = context.getBean(VersionDiffer.class);
            VersionDiff diff = from == null && to == null ? differ.diffLatest(policy.id())
                    : differ.diff(policy.id(), from == null ? to - 1 : from, to == null ? from + 1 : to);
            if (format == Format.json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(diff));
            } else {
                System.out.print(DiffText.render(policy, diff));
            }
            return 0;
        }
    }
}
