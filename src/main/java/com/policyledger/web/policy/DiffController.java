package com.policyledger.web.policy;

import com.policyledger.review.CorrectedVersions;
import com.policyledger.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What changed between two versions of a policy, corrections applied. */
@Controller
class DiffController {

    private final PolicyQueries policies;
    private final CorrectedVersions versions;

    DiffController(PolicyQueries policies, CorrectedVersions versions) {
        this.policies = policies;
        this.versions = versions;
    }

    @GetMapping("/policies/{id}/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("policy", policies.policy(id).orElseThrow(() -> new NotFoundException("no policy " + id)));
        model.addAttribute("d", versions.diff(id, from, to).orElseThrow(() -> new NotFoundException(
                "policy " + id + " has no version " + from + " or " + to)));
        return "diff";
    }
}
