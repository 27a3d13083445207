package com.policyledger.ingest;

import com.policyledger.PolicyLedgerProperties;
import com.policyledger.ingest.IngestedDocument.Outcome;
import com.policyledger.text.ParsedDocument;
import com.policyledger.text.TikaPageExtractor;
import com.policyledger.text.UnreadableDocumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Hashes a file, skips content already loaded, and otherwise extracts its pages or the reason it cannot. */
class DocumentProcessor implements ItemProcessor<InboxFile, IngestedDocument> {

    private final TikaPageExtractor extractor;
    private final DocumentStore store;
    private final PolicyLedgerProperties properties;

    DocumentProcessor(TikaPageExtractor extractor, DocumentStore store, PolicyLedgerProperties properties) {
        this.extractor = extractor;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public IngestedDocument process(InboxFile file) throws IOException {
        long size = Files.size(file.path());
        String sha256 = ContentHash.sha256(file.path());
        if (store.hasContent(sha256)) {
            return new IngestedDocument(file, sha256, size, Outcome.UNCHANGED, null, List.of(), null, 0);
        }
        Optional<String> previous = store.contentAtPath(file.relativePath());
        Outcome outcome = previous.isPresent() ? Outcome.CHANGED : Outcome.NEW;
        String mediaType = extractor.detect(file.path());
        String rejection = rejectionBeforeParse(size, mediaType);
        if (rejection != null) {
            return new IngestedDocument(file, sha256, size, outcome, mediaType, List.of(), rejection, 0);
        }
        try {
            ParsedDocument parsed = extractor.extract(file.path(), mediaType);
            return new IngestedDocument(file, sha256, size, outcome, mediaType, parsed.pages(), null,
                    parsed.parseMillis());
        } catch (UnreadableDocumentException e) {
            return new IngestedDocument(file, sha256, size, outcome, mediaType, List.of(), e.getMessage(), 0);
        }
    }

    private String rejectionBeforeParse(long size, String mediaType) {
        if (size == 0) {
            return "empty file (0 bytes): nothing to extract";
        }
        if (size > properties.maxFileBytes().toBytes()) {
            return "file is " + size / (1024 * 1024) + " MB, over policyledger.max-file-bytes ("
                    + properties.maxFileBytes() + "); raise the limit to load it";
        }
        if (!TikaPageExtractor.isSupported(mediaType)) {
            return "unsupported file type " + mediaType + ": PolicyLedger reads PDF, HTML, DOCX, DOC, RTF, ODT and text";
        }
        return null;
    }
}
