package com.policyledger.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the review web app ({@code serve}).
 *
 * @param adminUser the user {@code serve} creates when the database has no user at all, so a new
 *     installation can be logged in to. It is given a one-time password, printed once, unless
 *     {@code adminPassword} is set.
 * @param adminPassword a fixed first-admin password, for scripted installs; leave unset so nobody
 *     has to keep a password in a configuration file.
 * @param pageSize flags per queue page: 50 fits a screen of snippets and keeps the page fast.
 */
@ConfigurationProperties("policyledger.web")
public record WebProperties(
        @DefaultValue("admin") String adminUser,
        String adminPassword,
        @DefaultValue("50") int pageSize) {
}
