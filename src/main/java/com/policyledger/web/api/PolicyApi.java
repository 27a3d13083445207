package com.policyledger.web.api;

import com.policyledger.policy.PolicyCatalog.CodeListing;
import com.policyledger.policy.VersionDiff;
import com.policyledger.review.CorrectedCodeSearch;
import com.policyledger.review.CorrectedVersions;
import com.policyledger.review.Correction;
import com.policyledger.web.NotFoundException;
import com.policyledger.web.policy.DocumentView;
import com.policyledger.web.policy.PolicyFilter;
import com.policyledger.web.policy.PolicyPages;
import com.policyledger.web.policy.PolicyQueries;
import com.policyledger.web.policy.PolicyRows.PolicySummary;
import com.policyledger.web.policy.PolicyRows.SourceRow;
import com.policyledger.web.policy.PolicyRows.VersionRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policies, versions, diffs and code search, as JSON; analysts' corrections applied as on the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "policies", description = "Policies, their versions, diffs and code search")
class PolicyApi {

    private final PolicyQueries policies;
    private final PolicyPages pages;
    private final CorrectedVersions versions;
    private final CorrectedCodeSearch codeSearch;

    PolicyApi(PolicyQueries policies, PolicyPages pages, CorrectedVersions versions, CorrectedCodeSearch codeSearch) {
        this.policies = policies;
        this.pages = pages;
        this.versions = versions;
        this.codeSearch = codeSearch;
    }

    record PolicyDetail(PolicySummary policy, List<VersionRow> versions, List<SourceRow> sources) {
    }

    /**
     * A diff and, per listing (its code, with " (PRODUCT_LINE, ...)" when it is scoped) or "effective
     * date", the correction that changed it on either side.
     */
    record DiffResponse(VersionDiff diff, Map<String, Correction> corrections) {
    }

    @GetMapping("/policies")
    @Operation(summary = "Policies, filtered by payer, product line and listed code")
    List<PolicySummary> list(@RequestParam(required = false) String payer,
            @RequestParam(required = false) String productLine, @RequestParam(required = false) String code) {
        return policies.list(new PolicyFilter(payer, productLine, code));
    }

    @GetMapping("/policies/{id}")
    @Operation(summary = "A policy with its version history and other documents about it")
    PolicyDetail policy(@PathVariable long id) {
        PolicySummary policy = policies.policy(id).orElseThrow(() -> new NotFoundException("no policy " + id));
        return new PolicyDetail(policy, pages.history(id), policies.sources(id));
    }

    @GetMapping("/policies/{id}/versions/{version}")
    @Operation(summary = "What one version says: fields, codes, statements, revisions, flags")
    DocumentView version(@PathVariable long id, @PathVariable int version) {
        return pages.history(id).stream().filter(v -> v.versionNumber() == version).findFirst()
                .map(v -> pages.document(v.documentId()))
                .orElseThrow(() -> new NotFoundException("policy " + id + " has no version " + version));
    }

    @GetMapping("/policies/{id}/diff")
    @Operation(summary = "What changed between two versions")
    DiffResponse diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        CorrectedVersions.CorrectedDiff d = versions.diff(id, from, to)
                .orElseThrow(() -> new NotFoundException("policy " + id + " has no version " + from + " or " + to));
        Map<String, Correction> notes = new LinkedHashMap<>(d.from().notes());
        notes.putAll(d.to().notes());
        return new DiffResponse(d.diff(), notes);
    }

    @GetMapping("/codes/{code}")
    @Operation(summary = "Policies listing a code in the version in force on a date (default today)")
    List<CodeListing> code(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return codeSearch.listing(code, asOf == null ? LocalDate.now() : asOf);
    }
}
