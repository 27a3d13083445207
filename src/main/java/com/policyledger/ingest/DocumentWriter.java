package com.policyledger.ingest;

import com.policyledger.ingest.IngestedDocument.Outcome;
import com.policyledger.policy.ExtractionStore;
import com.policyledger.policy.PolicyVersioner;
import com.policyledger.text.Page;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each document with its pages, extraction, flags and policy version. Idempotent: content already stored is left alone,
 * so a chunk retried after a crash or a restart never doubles a row.
 */
class DocumentWriter implements ItemWriter<IngestedDocument> {

    private final DocumentStore store;
    private final ExtractionStore extractions;
    private final PolicyVersioner versioner;
    private final IngestTally tally;

    DocumentWriter(DocumentStore store, ExtractionStore extractions, PolicyVersioner versioner, IngestTally tally) {
        this.store = store;
        this.extractions = extractions;
        this.versioner = versioner;
        this.tally = tally;
    }

    @Override
    public void write(Chunk<? extends IngestedDocument> chunk) {
        for (IngestedDocument doc : chunk) {
            boolean inserted = false;
            if (doc.outcome() != Outcome.UNCHANGED) {
                Optional<Long> id = store.insertDocument(doc, tally.jobExecutionId());
                id.ifPresent(documentId -> writeContent(documentId, doc));
                inserted = id.isPresent();
            }
            store.rememberPath(doc.file().relativePath(), doc.sha256());
            // Two paths with the same new content in one chunk: the first one in path order loads it.
            tally.record(inserted ? doc : doc.asUnchanged());
        }
    }

    private void writeContent(long documentId, IngestedDocument doc) {
        store.insertPages(documentId, doc.pages());
        for (Page page : doc.pages()) {
            if (page.isBlank()) {
                store.insertFlag(documentId, "NO_TEXT_LAYER", null, page.number(),
                        "page " + page.number() + " has no text layer and no OCR text"
                                + " (install tesseract to OCR scanned pages)");
            }
        }
        if (doc.extraction() != null) {
            extractions.save(documentId, doc.extraction());
            versioner.file(documentId, doc.file().relativePath(), doc.extraction()).ifPresent(tally::recordChange);
        }
    }
}
