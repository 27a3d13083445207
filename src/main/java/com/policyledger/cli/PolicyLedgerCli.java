package com.policyledger.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. Arguments shaped like Spring properties ({@code --policyledger.data-dir=...},
 * {@code --spring.datasource.url=...}) go to Spring; the rest are picocli commands and options.
 */
@Command(name = "policyledger", mixinStandardHelpOptions = true, version = "PolicyLedger 0.1",
        description = "Turns payer medical policies into versioned, reviewable data in PostgreSQL.",
        subcommands = {IngestCommand.class, ExportCommand.class, StatusCommand.class, HistoryCommand.class,
                DiffCommand.class, CodesCommand.class, EvaluateCommand.class,
                ServeCommand.class, UserCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Any setting can be given as --policyledger.<name>=<value> (see README)."})
public final class PolicyLedgerCli {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and debug logging when something fails.")
    boolean debug;

    private final List<String> springArgs;

    private PolicyLedgerCli(List<String> springArgs) {
        this.springArgs = springArgs;
    }

    public static int run(String... args) {
        List<String> spring = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (String arg : args) {
            (isSpringProperty(arg) ? spring : commands).add(arg);
        }
        PolicyLedgerCli cli = new PolicyLedgerCli(spring);
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            cmd.getErr().println("error: " + FailureMessages.describe(failure));
            if (cli.debug) {
                failure.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return commandLine.execute(commands.toArray(String[]::new));
    }

    private static boolean isSpringProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(0, equals).contains(".");
    }

    SpringContexts contexts() {
        return new SpringContexts(springArgs, debug);
    }
}
