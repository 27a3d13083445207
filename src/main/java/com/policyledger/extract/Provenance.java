package com.policyledger.extract;

/** Where a value came from: 1-based page, character span within that page, and the text around it. */
public record Provenance(int page, int start, int end, String snippet) {
}
