package com.policyledger.cli;

import com.policyledger.policy.PolicyCatalog;
import com.policyledger.policy.PolicyCatalog.PolicyRef;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code history <payer> <policy-number>}: a policy's versions. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List a policy's versions with effective dates, source documents and what each changed.")
class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Parameters(index = "0", paramLabel = "PAYER", description = "e.g. \"Coordinated Care\" (case and spacing ignored)")
    private String payer;

    @Parameters(index = "1", paramLabel = "POLICY-NUMBER",
            description = "e.g. WA.CP.MP.526; for a policy with no printed number, its title")
    private String policyNumber;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = cli.contexts().query()) {
            PolicyCatalog catalog = context.getBean(PolicyCatalog.class);
            PolicyRef policy = catalog.find(payer, policyNumber);
            System.out.println(policy.payer() + " " + (policy.policyNumber() == null ? "(no number)" : policy.policyNumber())
                    + (policy.title() == null ? "" : " - " + policy.title()));
            catalog.history(policy.id()).forEach(v -> System.out.printf("  v%d  effective %-10s  %s%n      %s%n",
                    v.versionNumber(), v.effectiveDate() == null ? "unknown" : v.effectiveDate(), v.source(),
                    v.changeSummary()));
            return 0;
        }
    }
}
