package com.policyledger.extract;

/** A value together with where it was found. */
public record Located<T>(T value, Provenance where) {
}
