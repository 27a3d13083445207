package com.policyledger.web.queue;

import com.policyledger.review.QueueFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue's filter as request parameters; carried from the queue to each flag and back, so next /
 * previous and "back to the queue" stay within what the analyst chose. Status OPEN unless asked.
 */
public record QueueParams(String kind, String payer, Long policy, String status) {

    public QueueParams {
        status = status == null ? "OPEN" : status;
    }

    public QueueFilter filter(Long after, Long before, int size) {
        return new QueueFilter(kind, payer, policy, status, after, before, size);
    }

    /** "kind=...&status=..." without the empty ones, for links. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "kind", kind);
        add(uri, "payer", payer);
        add(uri, "policy", policy == null ? null : policy.toString());
        add(uri, "status", status);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
