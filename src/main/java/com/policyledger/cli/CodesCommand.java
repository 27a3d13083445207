package com.policyledger.cli;

import com.policyledger.policy.PolicyCatalog;
import com.policyledger.review.CorrectedCodeSearch;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code codes <code> [--as-of DATE]}: which policies list a code. */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "List every policy whose version in force on a date lists CODE (ranges included),"
                + " with analysts' corrections applied.")
class CodesCommand implements Callable<Integer> {

    @ParentCommand
    private PolicyLedgerCli cli;

    @Parameters(paramLabel = "CODE", description = "A CPT, HCPCS or ICD-10-CM code, e.g. 0565T")
    private String code;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date the version must be in force on (default: today).")
    private LocalDate asOf = LocalDate.now();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = cli.contexts().query()) {
            List<PolicyCatalog.CodeListing> listings = context.getBean(CorrectedCodeSearch.class).listing(code, asOf);
            if (listings.isEmpty()) {
                System.out.println("no policy in force on " + asOf + " lists " + code);
            }
            listings.forEach(l -> System.out.printf("%s %s v%d (effective %s): %s %s%s [%s]%n", l.payer(),
                    l.policyNumber() == null ? "\"" + l.title() + "\"" : l.policyNumber(), l.versionNumber(),
                    l.effectiveDate(), l.code(), l.determination() == null ? "no determination" : l.determination(),
                    l.productLines().isEmpty() ? "" : " for " + String.join(", ", l.productLines()), l.listedAs()));
            return 0;
        }
    }
}
