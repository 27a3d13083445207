package com.policyledger.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.ingest.IngestTally;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class NightlyIngestConfigurationTest {

    final IngestRunner runner = mock(IngestRunner.class);

    {
        when(runner.run(any())).thenReturn(new IngestTally().summary());
    }

    final WebApplicationContextRunner contexts = new WebApplicationContextRunner()
            .withUserConfiguration(Properties.class, NightlyIngestConfiguration.class)
            .withBean(IngestRunner.class, () -> runner);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NightlyProperties.class)
    static class Properties {
    }

    @Test
    void withAnInboxAndAScheduleServeRunsTheIngestOnThatSchedule(@TempDir Path inbox) {
        contexts.withPropertyValues("policyledger.inbox=" + inbox, "policyledger.schedule=* * * * * *")
                .run(context -> {
                    assertThat(context).hasSingleBean(NightlyIngest.class);
                    verify(runner, timeout(3000)).run(inbox);
                });
    }

    @Test
    void withoutAScheduleNothingIsScheduled(@TempDir Path inbox) {
        contexts.withPropertyValues("policyledger.inbox=" + inbox)
                .run(context -> assertThat(context).doesNotHaveBean(NightlyIngest.class));
    }

    @Test
    void aBadCronExpressionStopsServeWithASentence(@TempDir Path inbox) {
        contexts.withPropertyValues("policyledger.inbox=" + inbox, "policyledger.schedule=nightly")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("six fields, second minute hour day month weekday"));
    }
}
