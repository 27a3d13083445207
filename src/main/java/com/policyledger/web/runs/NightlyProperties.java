package com.policyledger.web.runs;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scheduled ingest of {@code serve}. Both must be set for it to run.
 *
 * @param inbox the folder the payers' files are dropped into; each run loads what is new or changed.
 * @param schedule a Spring cron expression (second minute hour day month weekday), e.g.
 *     {@code 0 30 2 * * *} for 02:30 every night, in the server's time zone.
 */
@ConfigurationProperties("policyledger")
public record NightlyProperties(Path inbox, String schedule) {
}
