package no.treklover.process;

import java.util.List;
import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The candidate's own page: where they are in the process, in plain language. */
@Controller
class MyProcessController {

    private final ProcessService processes;
    private final ProcessOverviewService overviews;

    MyProcessController(ProcessService processes, ProcessOverviewService overviews) {
        this.processes = processes;
        this.overviews = overviews;
    }

    @GetMapping("/my")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<InclusionProcess> own = processes.ownProcesses(user);
        if (!own.isEmpty()) {
            ProcessOverview overview = overviews.overview(user, own.get(0).getId());
            model.addAttribute("o", overview);
            model.addAttribute("counsellor", overviews.counsellor(overview.process()));
        }
        model.addAttribute("phases", Phase.values());
        return "process/my";
    }
}
