package com.policyledger.web.queue;

import com.policyledger.extract.FlagKind;
import com.policyledger.review.Decision;
import com.policyledger.review.ReviewQueue;
import com.policyledger.web.WebProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue page: filters, one keyset page of flags, keyboard navigation. */
@Controller
class QueueController {

    private final ReviewQueue queue;
    private final WebProperties properties;

    QueueController(ReviewQueue queue, WebProperties properties) {
        this.queue = queue;
        this.properties = properties;
    }

    @GetMapping("/queue")
    String queue(QueueParams params, @RequestParam(required = false) Long after,
            @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("params", params);
        model.addAttribute("q", params.query()); // once, not once per row and link
        model.addAttribute("page", queue.page(params.filter(after, before, properties.pageSize())));
        model.addAttribute("kinds", FlagKind.values());
        model.addAttribute("statuses", Decision.values());
        model.addAttribute("payers", queue.payers());
        return "queue";
    }
}
