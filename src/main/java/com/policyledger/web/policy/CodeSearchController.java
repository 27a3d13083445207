package com.policyledger.web.policy;

import com.policyledger.review.CorrectedCodeSearch;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Which policies list a code in the version in force on a date, as analysts corrected them. */
@Controller
class CodeSearchController {

    private final CorrectedCodeSearch search;

    CodeSearchController(CorrectedCodeSearch search) {
        this.search = search;
    }

    @GetMapping("/codes")
    String search(@RequestParam(required = false) String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        model.addAttribute("code", code);
        model.addAttribute("asOf", date);
        model.addAttribute("listings", code == null || code.isBlank() ? List.of() : search.listing(code, date));
        return "codes";
    }
}
