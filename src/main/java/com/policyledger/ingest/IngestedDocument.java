package com.policyledger.ingest;

import com.policyledger.text.Page;
import java.util.List;

/**
 * What the processor made of one inbox file, ready to be written.
 *
 * @param outcome whether the content is new, changed (new content at a known path) or unchanged
 * @param reason why the file was rejected, or null when it loaded
 */
public record IngestedDocument(InboxFile file, String sha256, long sizeBytes, Outcome outcome, String mediaType,
        List<Page> pages, String reason, long parseMillis) {

    public enum Outcome { NEW, CHANGED, UNCHANGED }

    public boolean rejected() {
        return reason != null;
    }

    IngestedDocument asUnchanged() {
        return new IngestedDocument(file, sha256, sizeBytes, Outcome.UNCHANGED, mediaType, List.of(), null, 0);
    }

    public int pageCount() {
        return pages.size();
    }
}
