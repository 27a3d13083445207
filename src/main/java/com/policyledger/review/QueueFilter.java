package com.policyledger.review;

/**
 * What the queue shows: every criterion is optional ({@code null} or blank = any). Pages are keyset
 * pages by flag id ({@code after} / {@code before}), so page 2,000 costs what page 1 does.
 */
public record QueueFilter(String kind, String payer, Long policyId, String status, Long after, Long before,
        int size) {

    public static final int DEFAULT_SIZE = 50;

    public QueueFilter {
        kind = blankToNull(kind);
        payer = blankToNull(payer);
        status = status == null ? "OPEN" : blankToNull(status);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 500);
    }

    public static QueueFilter open() {
        return new QueueFilter(null, null, null, "OPEN", null, null, DEFAULT_SIZE);
    }

    public QueueFilter after(Long id) {
        return new QueueFilter(kind, payer, policyId, status, id, null, size);
    }

    public QueueFilter before(Long id) {
        return new QueueFilter(kind, payer, policyId, status, null, id, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || "ANY".equals(value) ? null : value.strip();
    }
}
