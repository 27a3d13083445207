package com.policyledger.web.policy;

import com.policyledger.policy.VersionContent.CodeLine;
import com.policyledger.policy.VersionDiff.DeterminationChange;
import com.policyledger.review.CorrectedVersions;
import com.policyledger.review.CorrectedVersions.CorrectedDiff;
import com.policyledger.web.NotFoundException;
import java.util.List;
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
        CorrectedDiff d = versions.diff(id, from, to).orElseThrow(() -> new NotFoundException(
                "policy " + id + " has no version " + from + " or " + to));
        model.addAttribute("d", d);
        model.addAttribute("addedIds", new CodeRowIds(codes(d.diff().codesAdded())));
        model.addAttribute("removedIds", new CodeRowIds(codes(d.diff().codesRemoved())));
        model.addAttribute("changedIds", new CodeRowIds(d.diff().determinationChanges().stream()
                .map(DeterminationChange::code).toList()));
        return "diff";
    }

    private static List<String> codes(List<CodeLine> lines) {
        return lines.stream().map(CodeLine::code).toList();
    }
}
