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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly {@code ingest} job: one chunk step whose reader hands out the inbox's files turned into
 * pages and an extraction (or a rejection) by {@code policyledger.workers} threads working ahead,
 * and whose writer stores each idempotently with its policy version.
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
            InboxReader inboxReader, DocumentWriter documentWriter, PolicyLedgerProperties properties) {
        // Single-threaded chunks: the reader's workers do the parallel part, a few files ahead of the writer.
        return new StepBuilder("loadDocuments", jobRepository)
                .<IngestedDocument, IngestedDocument>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .writer(documentWriter)
                .build();
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['folder']}") String folder,
            @Value("#{jobParameters['retryRejected']}") String retryRejected, IngestTally tally,
            DocumentProcessor documentProcessor, PolicyLedgerProperties properties) {
        // Two files per worker (one being processed, one ready for when the writer asks), at most a
        // chunk's worth, which bounds the documents in memory on a machine with many cores.
        int workers = properties.effectiveWorkers();
        return new InboxReader(Path.of(folder), tally, documentProcessor, workers,
                Math.max(1, Math.min(2 * workers, properties.chunkSize())), Boolean.parseBoolean(retryRejected));
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
