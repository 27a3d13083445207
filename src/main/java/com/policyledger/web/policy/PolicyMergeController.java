package com.policyledger.web.policy;

import com.policyledger.RunFailedException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN (see the security rules on /admin/**): merge a duplicate policy record into the one kept. */
@Controller
class PolicyMergeController {

    private final PolicyMerger merger;

    PolicyMergeController(PolicyMerger merger) {
        this.merger = merger;
    }

    @PostMapping("/admin/policies/merge")
    String merge(@RequestParam long merged, @RequestParam long into, Principal principal, RedirectAttributes redirect) {
        try {
            merger.merge(merged, into, principal.getName());
            redirect.addFlashAttribute("message", "policy " + merged + " merged into this one by " + principal.getName());
        } catch (RunFailedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/policies/" + into;
    }
}
