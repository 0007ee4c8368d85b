package no.treklover.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Arbeidsgivere", description = "The employer register shared across NAV units")
class EmployerApiController {

    private final EmployerService employers;

    EmployerApiController(EmployerService employers) {
        this.employers = employers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employer by organisation number (409 if it exists)")
    ResponseEntity<EmployerResponse> register(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody EmployerDetails request) {
        Employer employer = employers.register(user, request);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + employer.getId()))
                .body(EmployerResponse.of(employer));
    }

    @GetMapping
    @Operation(summary = "Search employers by name or organisation number")
    PageResponse<EmployerResponse> search(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageBounds.require(page, size, 50).pageRequest();
        return PageResponse.of(employers.search(user, search, request), EmployerResponse::of);
    }

    @GetMapping("/{id}")
    EmployerResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return EmployerResponse.of(employers.get(user, id));
    }

    record EmployerResponse(long id, String orgNumber, String name, String industry, String municipality,
            String contactName, String contactPhone, String contactEmail) {

        static EmployerResponse of(Employer e) {
            return new EmployerResponse(e.getId(), e.getOrgNumber(), e.getName(), e.getIndustry(),
                    e.getMunicipality(), e.getContactName(), e.getContactPhone(), e.getContactEmail());
        }
    }
}
