package com.policyledger.text;

/**
 * One page of a document's text.
 *
 * @param number 1-based page number (documents without pages have one page)
 * @param raw the text as the parser gave it, kept for provenance
 * @param clean the text without running headers/footers and with line-break hyphens joined
 * @param ocr whether the text came from OCR because the page had no text layer
 */
public record Page(int number, String raw, String clean, boolean ocr) {

    public boolean isBlank() {
        return raw.isBlank();
    }
}
