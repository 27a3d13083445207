package com.policyledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract other tools script against; no database needed for help. */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "ingest", "export", "status", "history", "diff", "codes", "evaluate"})
    void everyCommandExplainsItselfWithHelp(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = PolicyLedgerCli.run(args);
        } finally {
            System.setOut(original);
        }

        assertThat(exitCode).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Usage: policyledger" + (command.isEmpty() ? "" : " " + command));
    }
}
