package com.policyledger.web.account;

import com.policyledger.web.WebProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Makes sure someone can log in to a new installation. */
@Component
public class FirstAdmin {

    private final UserAccounts accounts;
    private final WebProperties properties;

    FirstAdmin(UserAccounts accounts, WebProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /**
     * With no user at all, creates the configured admin: with the configured password, or else a
     * one-time password, returned so {@code serve} can print it once.
     */
    public Optional<String> ensure() {
        if (accounts.any()) {
            return Optional.empty();
        }
        if (properties.adminPassword() != null && !properties.adminPassword().isBlank()) {
            accounts.add(properties.adminUser(), Role.ADMIN, properties.adminPassword());
            return Optional.of("created admin user '" + properties.adminUser() + "' with the configured password");
        }
        String password = accounts.addWithOneTimePassword(properties.adminUser(), Role.ADMIN);
        return Optional.of("created admin user '" + properties.adminUser() + "' with one-time password " + password
                + " (you will choose a new one at first login)");
    }
}
