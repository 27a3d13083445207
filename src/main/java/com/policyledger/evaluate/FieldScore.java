package com.policyledger.evaluate;

/** Counts for one field across documents, and the precision, recall and F1 they give. */
public record FieldScore(String field, int truePositives, int falsePositives, int falseNegatives) {
    public FieldScore plus(int tp, int fp, int fn) {
        return new FieldScore(field, truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }

    /** Precision; 1 when nothing was predicted and nothing was expected. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / predicted;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
