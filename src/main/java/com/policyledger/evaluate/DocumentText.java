package com.policyledger.evaluate;

import java.util.List;

/** A document as the text stage hands it over: page texts and the file's metadata title (may be null). */
public record DocumentText(List<String> pages, String metadataTitle) {
}
