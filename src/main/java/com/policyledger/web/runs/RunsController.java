package com.policyledger.web.runs;

import com.policyledger.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ingest runs, and for one run its rejected files and what it changed. */
@Controller
class RunsController {

    private final JobRuns runs;
    private final NightlyIngest nightly;

    RunsController(JobRuns runs, org.springframework.beans.factory.ObjectProvider<NightlyIngest> nightly) {
        this.runs = runs;
        this.nightly = nightly.getIfAvailable();
    }

    @GetMapping("/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.latest(100));
        model.addAttribute("nightly", nightly);
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.run(id).orElseThrow(() -> new NotFoundException("no ingest run " + id)));
        model.addAttribute("files", runs.files(id));
        return "run";
    }
}
