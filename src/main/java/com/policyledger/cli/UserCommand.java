package com.policyledger.cli;

import com.policyledger.web.account.Role;
import com.policyledger.web.account.UserAccounts;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code users}: who may log in to the review app. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the review app's users (while serve runs on the embedded database, use its Users page).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
class UserCommand {

    @ParentCommand
    PolicyLedgerCli cli;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a user and print a one-time password, to be replaced at first login.")
    static class Add implements Callable<Integer> {

        @ParentCommand
        private UserCommand users;

        @Parameters(paramLabel = "NAME", description = "Login name: letters, digits, . _ @ -")
        private String name;

        @Option(names = "--role", defaultValue = "ANALYST", description = "ANALYST or ADMIN (default: ${DEFAULT-VALUE}).")
        private Role role;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = users.cli.contexts().query()) {
                String password = context.getBean(UserAccounts.class).addWithOneTimePassword(name, role);
                System.out.println("created " + role + " " + name + " with one-time password: " + password);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static class ListUsers implements Callable<Integer> {

        @ParentCommand
        private UserCommand users;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = users.cli.contexts().query()) {
                context.getBean(UserAccounts.class).all().forEach(u -> System.out.printf("%-20s %-8s %s%n",
                        u.username(), u.role(), !u.enabled() ? "disabled"
                                : u.mustChangePassword() ? "one-time password" : "active"));
                return 0;
            }
        }
    }
}
