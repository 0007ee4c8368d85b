package no.treklover.process;

import jakarta.servlet.http.HttpServletResponse;
import no.treklover.access.CurrentUser;
import no.treklover.identifiers.NationalId;
import no.treklover.platform.web.PageBounds;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

@Controller
class CaseloadController {

    private static final int PAGE_SIZE = 50;

    private final ProcessService processes;

    CaseloadController(ProcessService processes) {
        this.processes = processes;
    }

    @GetMapping("/caseload")
    String caseload(@AuthenticationPrincipal CurrentUser user, CaseloadFilter requested,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        CaseloadFilter filter = requested.withSize(PAGE_SIZE).withPage(PageBounds.clampPage(requested.page()));
        if (NationalId.looksLikeOne(filter.search())) {
            model.addAttribute("searchRefused", true);
            filter = filter.withSearch("");
            if (htmx != null) {
                // htmx would otherwise push the refused address, national id and all, into the browser history.
                response.setHeader("HX-Push-Url", "false");
            }
        }
        Page<CaseloadRow> rows = processes.caseload(user, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("filtered", !filter.withPage(0).equals(CaseloadFilter.defaults().withSize(PAGE_SIZE)));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("scopes", CaseloadFilter.Scope.values());
        model.addAttribute("statuses", CaseloadFilter.Status.values());
        model.addAttribute("sorts", CaseloadFilter.Sort.values());
        return "process/caseload";
    }
}
