package com.policyledger.review;

/** One flag in the queue, with the document and policy it belongs to. */
public record QueueRow(long id, String kind, String raw, Integer pageNumber, String snippet, String status,
        long documentId, String fileName, String payer, Long policyId, String policyNumber, String policyTitle) {
}
