package no.treklover.learning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/v1/learning")
@Tag(name = "Kontormøter", description = "An office's meetings not tied to one process (experience exchange, market "
        + "meeting, network gathering) and the anonymised cases presented at an experience exchange")
class OfficeMeetingApiController {

    private final OfficeMeetingService meetings;
    private final AnonymisedCaseService cases;

    OfficeMeetingApiController(OfficeMeetingService meetings, AnonymisedCaseService cases) {
        this.meetings = meetings;
        this.cases = cases;
    }

    record NotesRequest(@Size(max = OfficeMeetingService.NOTES_MAX, message = "{learning.validation.notes}")
            String notes) {
    }

    record PresentRequest(@NotNull(message = "{learning.validation.process}") Long processId) {
    }

    @GetMapping("/meetings")
    @Operation(summary = "A page of the meetings of the caller's office: from today on, soonest first (UPCOMING, the "
            + "default), or before today, latest first (PAST)")
    PageResponse<OfficeMeetingService.OfficeMeetingRow> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "UPCOMING") OfficeMeetingService.MeetingTime when,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(meetings.list(user, when, PageBounds.require(page, size, 50)), row -> row);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting of the caller's office (its office leader); startsAt in Oslo time")
    ResponseEntity<OfficeMeeting> plan(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody OfficeMeetingDetails request) {
        OfficeMeeting meeting = meetings.plan(user, request);
        return ResponseEntity.created(URI.create("/api/v1/learning/meetings/" + meeting.id()))
                .eTag(ETags.of(meeting.version())).body(meeting);
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting with its agenda, participants and the anonymised cases the caller sees")
    ResponseEntity<OfficeMeeting> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        OfficeMeeting meeting = meetings.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    @PutMapping("/meetings/{id}/notes")
    @Operation(summary = "The meeting's notes; requires If-Match")
    ResponseEntity<OfficeMeeting> notes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody NotesRequest request) {
        OfficeMeeting meeting = meetings.saveNotes(user, id, ETags.expectedVersion(ifMatch), request.notes());
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    @PostMapping("/meetings/{id}/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A draft anonymised copy of one of the caller's processes for this experience exchange")
    ResponseEntity<AnonymisedCase> present(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody PresentRequest request) {
        AnonymisedCase draft = cases.present(user, id, request.processId());
        return ResponseEntity.created(URI.create("/api/v1/learning/cases/" + draft.id()))
                .eTag(ETags.of(draft.version())).body(draft);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "An anonymised case: ready ones for the office, drafts for their author only")
    ResponseEntity<AnonymisedCase> getCase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        AnonymisedCase found = cases.get(user, id);
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(found);
    }

    @PutMapping("/cases/{id}")
    @Operation(summary = "Review one's draft case; a text with an identifier or a name of the process is refused; "
            + "requires If-Match")
    ResponseEntity<AnonymisedCase> review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CaseReview request) {
        AnonymisedCase found = cases.review(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(found);
    }

    @PostMapping("/cases/{id}/ready")
    @Operation(summary = "Mark one's draft ready: shown to the office, its link to the process removed; requires "
            + "If-Match")
    ResponseEntity<AnonymisedCase> ready(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AnonymisedCase found = cases.markReady(user, id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(found);
    }
}
