package com.policyledger.web.runs;

import com.policyledger.RunFailedException;
import com.policyledger.ingest.IngestRunner;
import java.nio.file.Files;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * {@code serve} with {@code policyledger.inbox} and {@code policyledger.schedule} set runs the ingest on
 * that schedule, in this process: with the embedded database no other process could open the data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "policyledger", name = {"inbox", "schedule"})
class NightlyIngestConfiguration {

    @Bean
    NightlyIngest nightlyIngest(IngestRunner runner, NightlyProperties properties) {
        if (!CronExpression.isValidExpression(properties.schedule())) {
            throw new RunFailedException("policyledger.schedule '" + properties.schedule() + "' is not a cron"
                    + " expression: six fields, second minute hour day month weekday, e.g. '0 30 2 * * *'");
        }
        if (!Files.isDirectory(properties.inbox())) {
            throw new RunFailedException("policyledger.inbox " + properties.inbox() + " is not a folder");
        }
        return new NightlyIngest(runner, properties.inbox(), properties.schedule());
    }

    /** One thread: runs never overlap (the ingest's advisory lock would refuse the second anyway). */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler nightlyIngestScheduler(NightlyIngest nightly) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("nightly-ingest-");
        scheduler.initialize();
        scheduler.schedule(nightly, new CronTrigger(nightly.schedule()));
        return scheduler;
    }
}
