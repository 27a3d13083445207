package com.policyledger.extract;

import java.util.Set;

/** A code the policy lists, with the determination and product lines that apply to it (null when unknown). */
public record ExtractedCode(String code, CodeSystem system, Determination determination,
                            Set<ProductLine> productLines, Provenance where) {
}
