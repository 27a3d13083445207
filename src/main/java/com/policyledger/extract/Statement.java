package com.policyledger.extract;

import java.util.Set;

/** One sentence of a policy that decides something, with the product lines it is scoped to. */
public record Statement(String text, Set<ProductLine> scope, Determination determination, Provenance where) {
}
