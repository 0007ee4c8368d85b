package no.treklover.process;

import no.treklover.access.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CaseloadController {

    private final ProcessService processes;

    CaseloadController(ProcessService processes) {
        this.processes = processes;
    }

    @GetMapping("/caseload")
    String caseload(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) CaseloadFilter.Scope scope,
            @RequestParam(required = false) CaseloadFilter.Status status,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) CaseloadFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CaseloadFilter filter = new CaseloadFilter(scope, status, phase, search, overdueOnly, sort, page, 50);
        Page<CaseloadRow> rows = processes.caseload(user, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("filtered", !filter.equals(CaseloadFilter.defaults()) || page > 0);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("scopes", CaseloadFilter.Scope.values());
        model.addAttribute("statuses", CaseloadFilter.Status.values());
        model.addAttribute("sorts", CaseloadFilter.Sort.values());
        return "process/caseload";
    }
}
