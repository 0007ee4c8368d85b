package no.treklover.process;

import java.util.List;
import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The candidate's own page: first what she must do now (each a link to where it is done), then where she is in
 * the process and what each phase means, in plain language.
 */
@Controller
class MyProcessController {

    private final ProcessService processes;
    private final ProcessOverviewService overviews;
    private final List<CandidateTaskSource> taskSources;

    MyProcessController(ProcessService processes, ProcessOverviewService overviews,
            List<CandidateTaskSource> taskSources) {
        this.processes = processes;
        this.overviews = overviews;
        this.taskSources = taskSources;
    }

    @GetMapping("/my")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<InclusionProcess> own = processes.ownProcesses(user);
        List<CandidateTask> tasks = List.of();
        if (!own.isEmpty()) {
            ProcessOverview overview = overviews.overview(user, own.get(0).getId());
            model.addAttribute("o", overview);
            model.addAttribute("counsellor", overviews.counsellor(overview.process()));
            tasks = taskSources.stream().flatMap(s -> s.tasksFor(user, overview.process()).stream()).toList();
        }
        model.addAttribute("tasks", tasks);
        model.addAttribute("phases", Phase.values());
        return "process/my";
    }
}
