package com.policyledger.ingest;

import com.policyledger.extract.Extraction;
import com.policyledger.text.Page;
import java.util.List;

/**
 * What the processor made of one inbox file, ready to be written.
 *
 * @param outcome whether the content is new, changed (new content at a known path), unchanged, or
 *     retried (content rejected before, parsed again on request)
 * @param extraction what the extractor found, or null when the file was rejected or unchanged
 * @param reason why the file was rejected, or null when it loaded
 */
public record IngestedDocument(InboxFile file, String sha256, long sizeBytes, Outcome outcome, String mediaType,
        List<Page> pages, Extraction extraction, String reason, long parseMillis, long extractMillis) {

    public enum Outcome { NEW, CHANGED, UNCHANGED, RETRIED }

    static IngestedDocument unchanged(InboxFile file, String sha256, long sizeBytes) {
        return new IngestedDocument(file, sha256, sizeBytes, Outcome.UNCHANGED, null, List.of(), null, null, 0, 0);
    }

    static IngestedDocument rejected(InboxFile file, String sha256, long sizeBytes, Outcome outcome, String mediaType,
            String reason) {
        return new IngestedDocument(file, sha256, sizeBytes, outcome, mediaType, List.of(), null, reason, 0, 0);
    }

    public boolean rejected() {
        return reason != null;
    }

    IngestedDocument asUnchanged() {
        return unchanged(file, sha256, sizeBytes);
    }

    public int pageCount() {
        return pages.size();
    }
}
