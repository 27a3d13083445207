package com.policyledger.extract;

import java.util.List;

/** Codes and ranges found in a document. */
public record CodeFindings(List<ExtractedCode> codes, List<CodeRange> ranges) {
}
