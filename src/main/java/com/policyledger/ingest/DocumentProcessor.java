package com.policyledger.ingest;

import com.policyledger.PolicyLedgerProperties;
import com.policyledger.ingest.IngestedDocument.Outcome;
import com.policyledger.extract.Extraction;
import com.policyledger.extract.PolicyExtractor;
import com.policyledger.text.ParsedDocument;
import com.policyledger.text.TikaPageExtractor;
import com.policyledger.text.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Hashes a file, skips content already loaded, and otherwise extracts its pages and what they say,
 * or the reason it cannot. Called by several workers at once: it keeps no state of its own.
 */
class DocumentProcessor {

    private final TikaPageExtractor textExtractor;
    private final PolicyExtractor policyExtractor;
    private final DocumentStore store;
    private final PolicyLedgerProperties properties;

    DocumentProcessor(TikaPageExtractor textExtractor, PolicyExtractor policyExtractor, DocumentStore store,
            PolicyLedgerProperties properties) {
        this.textExtractor = textExtractor;
        this.policyExtractor = policyExtractor;
        this.store = store;
        this.properties = properties;
    }

    /** {@code retryRejected}: parse again content that an earlier run rejected, instead of counting it unchanged. */
    IngestedDocument process(InboxFile file, boolean retryRejected) throws IOException {
        long size = Files.size(file.path());
        String sha256 = ContentHash.sha256(file.path());
        Outcome outcome = store.outcomeOf(sha256, file.relativePath(), retryRejected);
        if (outcome == Outcome.UNCHANGED) {
            return IngestedDocument.unchanged(file, sha256, size);
        }
        String mediaType = textExtractor.detect(file.path());
        String rejection = rejectionBeforeParse(size, mediaType);
        if (rejection != null) {
            return IngestedDocument.rejected(file, sha256, size, outcome, mediaType, rejection);
        }
        try {
            ParsedDocument parsed = textExtractor.extract(file.path(), mediaType);
            long start = System.nanoTime();
            Extraction extraction = policyExtractor.extract(parsed.cleanPages(), parsed.metadataTitle());
            long extractMillis = (System.nanoTime() - start) / 1_000_000;
            return new IngestedDocument(file, sha256, size, outcome, mediaType, parsed.pages(), extraction, null,
                    parsed.parseMillis(), extractMillis);
        } catch (UnreadableDocumentException e) {
            return IngestedDocument.rejected(file, sha256, size, outcome, mediaType, e.getMessage());
        }
    }

    private String rejectionBeforeParse(long size, String mediaType) {
        if (size == 0) {
            return "empty file (0 bytes): nothing to extract";
        }
        if (size > properties.maxFileBytes().toBytes()) {
            return "file is " + size / (1024 * 1024) + " MB, over policyledger.max-file-bytes ("
                    + properties.maxFileBytes() + "); raise the limit, then run ingest --retry-rejected to load it";
        }
        if (!TikaPageExtractor.isSupported(mediaType)) {
            return "unsupported file type " + mediaType + ": PolicyLedger reads PDF, HTML, DOCX, DOC, RTF, ODT and text";
        }
        return null;
    }
}
