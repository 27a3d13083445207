package com.policyledger.web.queue;

import com.policyledger.review.CorrectionField;
import com.policyledger.review.Decision;
import com.policyledger.review.DecisionRequest;
import com.policyledger.review.FlagDecisions;
import com.policyledger.review.FlagNotFoundException;
import com.policyledger.review.InvalidDecisionException;
import com.policyledger.review.QueueFilter;
import com.policyledger.review.QueueRow;
import com.policyledger.review.ReviewQueue;
import com.policyledger.review.SourcePages;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One flag: its snippet and page, the decision form, and the way to the next flag. */
@Controller
class FlagController {

    private final ReviewQueue queue;
    private final FlagDecisions decisions;
    private final SourcePages pages;

    FlagController(ReviewQueue queue, FlagDecisions decisions, SourcePages pages) {
        this.queue = queue;
        this.decisions = decisions;
        this.pages = pages;
    }

    @GetMapping("/flags/{id}")
    String flag(@PathVariable long id, QueueParams params, Model model) {
        QueueRow flag = queue.flag(id).orElseThrow(() -> new FlagNotFoundException(id));
        QueueFilter filter = params.filter(null, null, 1);
        model.addAttribute("flag", flag);
        model.addAttribute("params", params);
        model.addAttribute("q", params.query()); // once, not once per row and link
        model.addAttribute("decision", decisions.of(id).orElse(null));
        model.addAttribute("pageText", pages.text(flag.documentId(), flag.pageNumber()).orElse(null));
        model.addAttribute("previousId", queue.neighbour(filter, id, false).orElse(null));
        model.addAttribute("nextId", queue.neighbour(filter, id, true).orElse(null));
        model.addAttribute("fields", CorrectionField.values());
        return "flag";
    }

    @PostMapping("/flags/{id}/decision")
    String decide(@PathVariable long id, QueueParams params, @RequestParam Decision decision,
            @RequestParam(required = false) CorrectionField field, @RequestParam(required = false) String value,
            @RequestParam(required = false) String comment, Principal principal, RedirectAttributes redirect) {
        try {
            decisions.decide(id, new DecisionRequest(decision, field, value, comment), principal.getName());
        } catch (InvalidDecisionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typed", value);
            return "redirect:/flags/" + id + "?" + params.query();
        }
        redirect.addFlashAttribute("message", "flag " + id + " " + decision.name().toLowerCase());
        // The decided flag usually leaves the filtered queue: go on to the one after it.
        Optional<Long> next = queue.neighbour(params.filter(null, null, 1), id, true);
        return next.map(n -> "redirect:/flags/" + n + "?" + params.query())
                .orElse("redirect:/queue?" + params.query());
    }
}
