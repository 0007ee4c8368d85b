package no.treklover.process;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.treklover.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Delt profil", description = "What the mentor and employer may see of a candidate")
class SharedProfileApiController {

    private final SharedProfileService profiles;
    private final PartnerProcesses partnerProcesses;

    SharedProfileApiController(SharedProfileService profiles, PartnerProcesses partnerProcesses) {
        this.profiles = profiles;
        this.partnerProcesses = partnerProcesses;
    }

    @GetMapping("/api/v1/processes/{id}/shared-profile")
    @Operation(summary = "The candidate's shared profile: only what they consented to share with the caller's side")
    SharedProfile profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return profiles.profile(user, id);
    }

    @GetMapping("/api/v1/me/partner-processes")
    @Operation(summary = "Processes the logged-in mentor or employer takes part in (until 12 weeks after the end)")
    List<PartnerProcesses.PartnerProcessRow> partnerProcesses(@AuthenticationPrincipal CurrentUser user) {
        return partnerProcesses.of(user);
    }
}
