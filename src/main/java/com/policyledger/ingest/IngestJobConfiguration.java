package com.policyledger.ingest;

import com.policyledger.PolicyLedgerProperties;
import com.policyledger.extract.PolicyExtractor;
import com.policyledger.policy.ExtractionStore;
import com.policyledger.policy.PolicyVersioner;
import com.policyledger.text.TikaPageExtractor;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly {@code ingest} job: one chunk step reading the inbox's files, turning each into pages
 * and an extraction (or a rejection) on {@code policyledger.workers} threads, and writing it
 * idempotently with its policy version.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingest";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadDocuments, IngestRunListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(listener)
                .start(loadDocuments)
                .build();
    }

    @Bean
    Step loadDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InboxReader inboxReader, DocumentProcessor documentProcessor, DocumentWriter documentWriter,
            PolicyLedgerProperties properties) {
        return new StepBuilder("loadDocuments", jobRepository)
                .<InboxFile, IngestedDocument>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .processor(documentProcessor)
                .writer(documentWriter)
                .taskExecutor(workers(properties))
                .build();
    }

    /** Parsing and extraction of a chunk's documents run on these threads; writing stays in the chunk's transaction. */
    private static AsyncTaskExecutor workers(PolicyLedgerProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.effectiveWorkers());
        executor.setMaxPoolSize(properties.effectiveWorkers());
        executor.setThreadNamePrefix("ingest-worker-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['folder']}") String folder, IngestTally tally) {
        return new InboxReader(Path.of(folder), tally);
    }

    @Bean
    PolicyExtractor policyExtractor() {
        return new PolicyExtractor();
    }

    @Bean
    DocumentProcessor documentProcessor(TikaPageExtractor textExtractor, PolicyExtractor policyExtractor,
            DocumentStore store, PolicyLedgerProperties properties) {
        return new DocumentProcessor(textExtractor, policyExtractor, store, properties);
    }

    @Bean
    DocumentWriter documentWriter(DocumentStore store, ExtractionStore extractions, PolicyVersioner versioner,
            IngestTally tally) {
        return new DocumentWriter(store, extractions, versioner, tally);
    }
}
