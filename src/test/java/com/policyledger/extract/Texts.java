package com.policyledger.extract;

import java.util.List;

/** Shared, expensive-to-build fixtures for extractor tests. */
final class Texts {
    static final PolicyExtractor EXTRACTOR = new PolicyExtractor();
    static final ProductLineVocabulary LINES = ProductLineVocabulary.load();
    static final PayerDirectory PAYERS = PayerDirectory.load();

    private Texts() {
    }

    static SourceText of(String... pages) {
        return SourceText.of(List.of(pages));
    }
}
