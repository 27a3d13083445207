package com.policyledger.web.api;

import com.policyledger.review.DecisionRequest;
import com.policyledger.review.FlagDecisions;
import com.policyledger.review.FlagNotFoundException;
import com.policyledger.review.QueueFilter;
import com.policyledger.review.QueuePage;
import com.policyledger.review.QueueRow;
import com.policyledger.review.RecordedDecision;
import com.policyledger.review.ReviewQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue and decisions, as JSON. */
@RestController
@RequestMapping("/api/flags")
@Tag(name = "review", description = "The review queue and analysts' decisions")
class ReviewApi {

    private final ReviewQueue queue;
    private final FlagDecisions decisions;

    ReviewApi(ReviewQueue queue, FlagDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    /** A flag with the decision standing on it (null while open). */
    record FlagDetail(QueueRow flag, RecordedDecision decision) {
    }

    @GetMapping
    @Operation(summary = "One page of the queue, oldest flag first",
            description = "status defaults to OPEN (ANY for all); page with after=nextAfter or before=previousBefore.")
    QueuePage page(@RequestParam(required = false) String kind, @RequestParam(required = false) String payer,
            @RequestParam(required = false) Long policy, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") int size) {
        return queue.page(new QueueFilter(kind, payer, policy, status, after, before, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One flag and its decision")
    FlagDetail flag(@PathVariable long id) {
        QueueRow flag = queue.flag(id).orElseThrow(() -> new FlagNotFoundException(id));
        return new FlagDetail(flag, decisions.of(id).orElse(null));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Accept, correct or reject a flag",
            description = "CORRECTED needs field and value; REJECTED of a MALFORMED_CODE may give NOT_A_CODE or CODE with"
                    + " the code it should have been. Replaces any earlier decision; recorded with who and when.")
    RecordedDecision decide(@PathVariable long id, @RequestBody DecisionRequest request, Principal principal) {
        return decisions.decide(id, request, principal.getName());
    }
}
