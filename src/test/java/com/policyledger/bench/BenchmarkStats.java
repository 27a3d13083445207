package com.policyledger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Medians of repeated timings: these machines are shared and noisy, so one run proves nothing. */
final class BenchmarkStats {

    private BenchmarkStats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Median milliseconds of {@code rounds} calls, after {@code warmup} untimed ones. */
    static double medianMillis(int warmup, int rounds, Supplier<?> action) {
        for (int i = 0; i < warmup; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return median(millis);
    }
}
