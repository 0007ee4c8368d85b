package no.treklover.process;

import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The candidate as the workplace sees them: the mentor's and employer's view, for page and API. */
@Controller
class SharedProfileController {

    private final SharedProfileService profiles;
    private final PartnerProcesses partnerProcesses;

    SharedProfileController(SharedProfileService profiles, PartnerProcesses partnerProcesses) {
        this.profiles = profiles;
        this.partnerProcesses = partnerProcesses;
    }

    /** Paged, newest first; a page number or size out of range is clamped (one that is not a number: 404). */
    @GetMapping("/partner")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PartnerProcesses.DEFAULT_PAGE_SIZE) int size, Model model) {
        model.addAttribute("processes", partnerProcesses.page(user, page, size));
        return "process/partner";
    }

    @GetMapping("/processes/{id}/shared")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.profile(user, id));
        return "process/shared";
    }
}
