package com.policyledger.extract;

/** Something an analyst must look at; {@code raw} is the source text exactly as printed. */
public record Flag(FlagKind kind, String raw, Provenance where) {
}
