package com.policyledger.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the PolicyLedger command line in its own JVM, as a user would, so it can be killed or raced. */
public final class PolicyLedgerProcess {

    private final Process process;
    private final Path output;

    private PolicyLedgerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static PolicyLedgerProcess start(Path dataDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.policyledger.PolicyLedgerApplication"));
        command.addAll(List.of(args));
        command.addAll(TestDatabase.springArgs(dataDir));
        Path output = Files.createTempFile("policyledger-process", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new PolicyLedgerProcess(process, output);
    }

    /** Runs to the end and returns the exit code; fails the test if it hangs. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("PolicyLedger did not finish in 5 minutes:\n" + output());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hooks, no cleanup. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * kill -STOP: the process keeps its locks and connections but does nothing, so a race with it
     * does not depend on how fast the machine is.
     */
    public void pause() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).inheritIO().start();
        if (stop.waitFor() != 0) {
            throw new AssertionError("could not pause process " + process.pid());
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
