package no.treklover.needs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
import no.treklover.platform.web.PageBounds;
import no.treklover.platform.web.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Behovstavle", description = "The needs board (elektronisk tavle): anonymised needs posted from processes, "
        + "the local market meeting's and the Arbeidslivssenter's decisions, proposals and attribution")
class NeedApiController {

    static final int DEFAULT_SIZE = 50;

    private final NeedService needs;

    NeedApiController(NeedService needs) {
        this.needs = needs;
    }

    /** A need on the board: the anonymised profile and where it stands; never the candidate's name or id. */
    record NeedSummary(long id, String title, String municipality, Integer hoursPerWeek, boolean adaptationNeeded,
            NeedLevel level, NeedState state, String officeId, String officeName, String county, Instant postedAt,
            LocalDate nextMeetingOn, int proposals, long version) {

        static NeedSummary of(BoardCard c) {
            return new NeedSummary(c.id(), c.title(), c.municipality(), c.hoursPerWeek(), c.adaptationNeeded(),
                    c.level(), c.state(), c.officeId(), c.officeName(), c.county(), c.postedAt(), c.nextMeetingOn(),
                    c.proposals(), c.version());
        }
    }

    record ProposalResponse(long id, long employerId, String employerName, String orgNumber, String subUnitName,
            String proposerName, String proposerUnit, NeedLevel level, String comment, Instant proposedAt,
            Instant acceptedAt) {

        static ProposalResponse of(NeedService.ProposalRow p) {
            return new ProposalResponse(p.id(), p.employerId(), p.employerName(), p.orgNumber(), p.subUnitName(),
                    p.proposerName(), p.proposerUnit(), p.level(), p.comment(), p.proposedAt(), p.acceptedAt());
        }
    }

    record HistoryResponse(Instant occurredAt, String actorName, NeedAction action, NeedState fromState,
            NeedState toState, NeedLevel level, String comment) {

        static HistoryResponse of(NeedService.HistoryRow h) {
            return new HistoryResponse(h.occurredAt(), h.actorName(), h.action(), h.fromState(), h.toState(),
                    h.level(), h.comment());
        }
    }

    /**
     * One need with its proposals and history. {@code adaptationText} only while the candidate shares her adaptation
     * needs with employers; {@code allowedActions}: what this user may do with it now.
     */
    record NeedResponse(long id, String title, String interests, String skills, String experience,
            Integer hoursPerWeek, String municipality, boolean adaptationNeeded, String adaptationText,
            NeedLevel level, NeedState state, CloseReason closeReason, String officeId, String officeName,
            String county, Instant postedAt, Instant escalatedAt, Instant matchedAt, LocalDate nextMeetingOn,
            List<ProposalResponse> proposals, List<HistoryResponse> history, List<NeedAction> allowedActions,
            boolean mayAccept, long version) {

        static NeedResponse of(NeedService.NeedView v) {
            Need n = v.need();
            return new NeedResponse(n.getId(), n.getTitle(), n.getInterests(), n.getSkills(), n.getExperience(),
                    n.getHoursPerWeek(), n.getMunicipality(), n.isAdaptationNeeded(), v.adaptationText(), n.getLevel(),
                    n.getState(), n.getCloseReason(), n.getOfficeId(), v.officeName(), n.getCounty(), n.getPostedAt(),
                    n.getEscalatedAt(), n.getMatchedAt(), n.getNextMeetingOn(),
                    v.proposals().stream().map(ProposalResponse::of).toList(),
                    v.history().stream().map(HistoryResponse::of).toList(), v.actions(), v.mayAccept(),
                    n.getVersion());
        }
    }

    @GetMapping("/needs")
    @Operation(summary = "The needs this user's board shows, oldest first, paged (size at most 200); filters by "
            + "office, county, level, state and age in days")
    PageResponse<NeedSummary> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String office, @RequestParam(required = false) String county,
            @RequestParam(required = false) NeedLevel level, @RequestParam(required = false) NeedState state,
            @RequestParam(required = false) Integer minAgeDays, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageBounds bounds = PageBounds.require(page, size, DEFAULT_SIZE);
        return PageResponse.of(needs.list(user, new BoardFilter(office, county, level, minAgeDays), state,
                bounds.page(), bounds.size()), NeedSummary::of);
    }

    @PostMapping("/processes/{id}/needs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post an anonymised need from a process to the office's board (the counsellor)")
    ResponseEntity<NeedResponse> post(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody NeedProfile request) {
        Need need = needs.post(user, id, request);
        NeedService.NeedView view = needs.view(user, need.getId());
        return ResponseEntity.created(URI.create("/api/v1/needs/" + need.getId()))
                .eTag(ETags.of(need.getVersion())).body(NeedResponse.of(view));
    }

    @GetMapping("/needs/{id}")
    @Operation(summary = "One need with its proposals and history")
    ResponseEntity<NeedResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        NeedService.NeedView view = needs.view(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.need().getVersion())).body(NeedResponse.of(view));
    }

    @PostMapping("/needs/{id}/transitions")
    @Operation(summary = "Record a meeting's decision: ARRANGE_MEETING, REOPEN, ESCALATE, POSTPONE or CLOSE (with "
            + "closeReason); requires If-Match")
    ResponseEntity<NeedResponse> transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NeedTransition request) {
        Need need = needs.transition(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(need.getVersion())).body(NeedResponse.of(needs.view(user, id)));
    }

    @PostMapping("/needs/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an employer (and perhaps one of its workplaces) for the need; requires If-Match")
    ResponseEntity<NeedResponse> propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NeedProposalRequest request) {
        NeedProposal proposal = needs.propose(user, id, ETags.expectedVersion(ifMatch), request);
        NeedService.NeedView view = needs.view(user, id);
        return ResponseEntity.created(URI.create("/api/v1/needs/" + id + "#proposal-" + proposal.getId()))
                .eTag(ETags.of(view.need().getVersion())).body(NeedResponse.of(view));
    }

    @PostMapping("/needs/{id}/proposals/{proposalId}/acceptance")
    @Operation(summary = "The counsellor accepts a proposal: the need is matched and the process gets the workplace; "
            + "requires If-Match")
    ResponseEntity<NeedResponse> accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long proposalId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NeedAcceptance request) {
        Need need = needs.accept(user, id, proposalId, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(need.getVersion())).body(NeedResponse.of(needs.view(user, id)));
    }

    @GetMapping("/needs/attribution")
    @Operation(summary = "Who proposed the matches made in the period (from–to, dates in Oslo), per level, unit and "
            + "proposer, with days from posting to match")
    Attribution attribution(@AuthenticationPrincipal CurrentUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        NeedPeriod.check(from, to);
        return needs.attribution(user, from, to);
    }
}
