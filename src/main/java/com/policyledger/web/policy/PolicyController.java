package com.policyledger.web.policy;

import com.policyledger.extract.ProductLine;
import com.policyledger.web.NotFoundException;
import com.policyledger.web.policy.PolicyRows.PolicySummary;
import com.policyledger.web.policy.PolicyRows.VersionRow;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The policy list, a policy's history, one version, one source document. */
@Controller
class PolicyController {

    private final PolicyQueries policies;
    private final PolicyPages pages;

    PolicyController(PolicyQueries policies, PolicyPages pages) {
        this.policies = policies;
        this.pages = pages;
    }

    @GetMapping("/policies")
    String list(PolicyFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("policies", policies.list(filter));
        model.addAttribute("limit", PolicyQueries.LIST_LIMIT);
        model.addAttribute("payers", policies.payers());
        model.addAttribute("productLines", ProductLine.values());
        return "policies";
    }

    @GetMapping("/policies/{id}")
    String policy(@PathVariable long id, Model model) {
        PolicySummary policy = policy(id);
        List<VersionRow> history = pages.history(id);
        model.addAttribute("policy", policy);
        model.addAttribute("versions", history);
        model.addAttribute("sources", policies.sources(id));
        model.addAttribute("defaultFrom", Math.max(1, history.size() - 1));
        model.addAttribute("defaultTo", history.size());
        return "policy";
    }

    @GetMapping("/policies/{id}/versions/{version}")
    String version(@PathVariable long id, @PathVariable int version, Model model) {
        PolicySummary policy = policy(id);
        VersionRow row = pages.history(id).stream().filter(v -> v.versionNumber() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("policy " + id + " has no version " + version));
        model.addAttribute("policy", policy);
        model.addAttribute("version", row);
        model.addAttribute("doc", pages.document(row.documentId()));
        return "version";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("doc", pages.document(id));
        return "document";
    }

    private PolicySummary policy(long id) {
        return policies.policy(id).orElseThrow(() -> new NotFoundException("no policy " + id));
    }
}
