package no.treklover.candidate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import no.treklover.access.CurrentUser;
import no.treklover.identifiers.NationalId;
import no.treklover.identifiers.ValidNationalId;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Kandidater", description = "Candidates at the counsellor's office")
class CandidateApiController {

    /** The national id travels in the body, never in the URL, where access logs and proxies would keep it. */
    record LookupRequest(@NotBlank(message = "{validation.required}") @ValidNationalId String nationalId) {
    }

    private final CandidateService candidates;

    CandidateApiController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a candidate at the counsellor's office (409 if the person exists)")
    ResponseEntity<CandidateView> register(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody CandidateDetails request) {
        Candidate candidate = candidates.register(user, request);
        CandidateView view = candidates.view(user, candidate.getId());
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + candidate.getId()))
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @GetMapping
    @Operation(summary = "Search candidates at the counsellor's office by name")
    PageResponse<CandidateView> search(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (NationalId.looksLikeOne(search)) {
            throw new RuleViolationException("search", "candidate.search.nationalIdInUrl");
        }
        PageRequest request = PageBounds.require(page, size, 50).pageRequest();
        return PageResponse.of(candidates.searchAtOwnOffice(user, search, request), view -> view);
    }

    @PostMapping("/lookup")
    @Operation(summary = "Find a candidate at the counsellor's office by national id (404 if none)")
    @ApiResponse(responseCode = "200", description = "The candidate", useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, description = "The version, for If-Match on a change"))
    @ApiResponse(responseCode = "404", description = "No candidate with that national id at your office")
    ResponseEntity<CandidateView> lookup(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody LookupRequest request) {
        NationalId nationalId = NationalId.parse(request.nationalId())
                .orElseThrow(() -> new RuleViolationException("nationalId", "validation.nationalId"));
        Candidate candidate = candidates.findAtOwnOffice(user, nationalId)
                .orElseThrow(() -> new NotFoundException("candidate", "by national id"));
        CandidateView view = candidates.view(user, candidate.getId());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping("/{id}")
    ResponseEntity<CandidateView> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        CandidateView view = candidates.view(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a candidate; requires If-Match with the version's ETag")
    ResponseEntity<CandidateView> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CandidateDetails request) {
        candidates.update(user, id, ETags.expectedVersion(ifMatch), request);
        CandidateView view = candidates.view(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }
}
