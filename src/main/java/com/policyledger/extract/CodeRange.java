package com.policyledger.extract;

/** A range of codes as printed ({@code 38240 - 38241}); kept as a range because expanding it would invent codes. */
public record CodeRange(String from, String to, CodeSystem system, Determination determination, Provenance where) {
}
