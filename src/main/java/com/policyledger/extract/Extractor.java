package com.policyledger.extract;

import java.util.List;

/**
 * One part of a policy. Implementations are pure and keep no per-call state, so one instance
 * may serve many threads; anything doubtful is reported by adding to {@code flags}.
 */
public interface Extractor<T> {
    T extract(SourceText text, List<Flag> flags);
}
