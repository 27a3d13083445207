package com.policyledger.text;

import java.util.List;

/**
 * A document's pages as extracted, before any interpretation.
 *
 * @param metadataTitle the title the file's metadata declares (PDF info, HTML title), or null
 */
public record ParsedDocument(String mediaType, List<Page> pages, String metadataTitle, long parseMillis) {

    public List<String> cleanPages() {
        return pages.stream().map(Page::clean).toList();
    }
}
