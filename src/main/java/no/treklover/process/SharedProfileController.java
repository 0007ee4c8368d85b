package no.treklover.process;

import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The candidate as the workplace sees them: the mentor's and employer's view, for page and API. */
@Controller
class SharedProfileController {

    private final SharedProfileService profiles;
    private final PartnerProcesses partnerProcesses;

    SharedProfileController(SharedProfileService profiles, PartnerProcesses partnerProcesses) {
        this.profiles = profiles;
        this.partnerProcesses = partnerProcesses;
    }

    @GetMapping("/partner")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("processes", partnerProcesses.of(user));
        return "process/partner";
    }

    @GetMapping("/processes/{id}/shared")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("profile", profiles.profile(user, id));
        return "process/shared";
    }
}
