package no.treklover.opportunity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
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
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Muligheter", description = "Employers' opportunities (kravspesifikasjon): written by the market side "
        + "for any employer or by the employer for its own; counsellors read them")
class OpportunityApiController {

    static final int DEFAULT_SIZE = 50;

    private final OpportunityService opportunities;

    OpportunityApiController(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    record OpportunitySummary(long id, String title, long employerId, String employerName, String subUnitName,
            OpportunityType type, OpportunityStatus status, String municipality, String county, Integer hoursPerWeek,
            int slots, LocalDate startsOn, LocalDate endsOn, Instant updatedAt, long version) {

        static OpportunitySummary of(OpportunityService.Row r) {
            return new OpportunitySummary(r.id(), r.title(), r.employerId(), r.employerName(), r.subUnitName(),
                    r.type(), r.status(), r.municipality(), r.county(), r.hoursPerWeek(), r.slots(), r.startsOn(),
                    r.endsOn(), r.updatedAt(), r.version());
        }
    }

    /** One opportunity; {@code requirementsMust}/{@code requirementsNice} one requirement a line. */
    record OpportunityResponse(long id, long employerId, String employerName, Long subUnitId, String subUnitName,
            String title, String tasks, String requirementsMust, String requirementsNice, String trainingOffered,
            boolean mentorAvailable, Integer hoursPerWeek, int slots, OpportunityType type, HireChance hireChance,
            LocalDate startsOn, LocalDate endsOn, String municipality, String county, Set<WorkConstraint> constraints,
            OpportunityStatus status, List<OpportunityStatus> allowedStatuses, Instant createdAt, Instant updatedAt,
            long version) {

        static OpportunityResponse of(OpportunityService.View v) {
            Opportunity o = v.opportunity();
            return new OpportunityResponse(o.getId(), o.getEmployerId(), v.employerName(), o.getSubUnitId(),
                    v.subUnitName(), o.getTitle(), o.getTasks(), o.getRequirementsMust(), o.getRequirementsNice(),
                    o.getTrainingOffered(), o.isMentorAvailable(), o.getHoursPerWeek(), o.getSlots(), o.getType(),
                    o.getHireChance(), o.getStartsOn(), o.getEndsOn(), o.getMunicipality(), o.getCounty(),
                    o.getConstraints(), o.getStatus(),
                    v.mayEdit() ? o.getStatus().next().stream().sorted().toList() : List.of(), o.getCreatedAt(),
                    o.getUpdatedAt(), o.getVersion());
        }
    }

    @GetMapping
    @Operation(summary = "The opportunities this user may see, newest change first, paged (size at most 200); "
            + "filters by status, type, municipality and employer (part of the name or the org number); an employer "
            + "sees only its own")
    PageResponse<OpportunitySummary> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) OpportunityType type,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String employer,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, DEFAULT_SIZE);
        return PageResponse.of(opportunities.list(user, new OpportunityFilter(status, type, municipality, employer),
                bounds.page(), bounds.size()), OpportunitySummary::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a new opportunity as a draft (the market side for any employer; the employer for "
            + "its own, whatever employerId says)")
    ResponseEntity<OpportunityResponse> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody OpportunityDetails request) {
        Opportunity o = opportunities.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + o.getId()))
                .eTag(ETags.of(o.getVersion())).body(OpportunityResponse.of(opportunities.view(user, o.getId())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One opportunity, with its version as ETag")
    ResponseEntity<OpportunityResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        OpportunityService.View view = opportunities.view(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.opportunity().getVersion()))
                .body(OpportunityResponse.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an opportunity's content (its employer stays); requires If-Match")
    ResponseEntity<OpportunityResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OpportunityDetails request) {
        Opportunity o = opportunities.update(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(o.getVersion()))
                .body(OpportunityResponse.of(opportunities.view(user, id)));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the status: a draft is opened or closed; an open one filled, closed or taken back "
            + "to draft; a filled one opened or closed; a closed one opened again; requires If-Match")
    ResponseEntity<OpportunityResponse> status(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OpportunityStatusChange request) {
        Opportunity o = opportunities.changeStatus(user, id, ETags.expectedVersion(ifMatch), request.status());
        return ResponseEntity.ok().eTag(ETags.of(o.getVersion()))
                .body(OpportunityResponse.of(opportunities.view(user, id)));
    }
}
