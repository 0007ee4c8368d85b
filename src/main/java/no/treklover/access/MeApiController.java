package no.treklover.access;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meg", description = "The logged-in user")
class MeApiController {

    record Me(long id, String username, String displayName, Role role, String officeId, Long employerId) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.id(), user.username(), user.displayName(), user.role(), user.officeId(), user.employerId());
    }
}
