package com.policyledger;

import com.policyledger.cli.PolicyLedgerCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the command line decides which Spring context (batch or web) to start. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyLedgerApplication {

    public static void main(String[] args) {
        System.exit(PolicyLedgerCli.run(args));
    }
}
