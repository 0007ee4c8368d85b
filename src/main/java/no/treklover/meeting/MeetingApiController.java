package no.treklover.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.meeting.MeetingInput.Changes;
import no.treklover.meeting.MeetingInput.NewActionItem;
import no.treklover.meeting.MeetingResponse.ActionItemView;
import no.treklover.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Møter", description = "Follow-up meetings of a process: plan, minutes, action items, iCalendar, cadence")
class MeetingApiController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingService meetings;
    private final MeetingSettings settings;
    private final AccessPolicy policy;

    MeetingApiController(MeetingService meetings, MeetingSettings settings, AccessPolicy policy) {
        this.meetings = meetings;
        this.settings = settings;
        this.policy = policy;
    }

    record DoneRequest(Boolean done) {
    }

    /** Why the meeting is cancelled; required, told to the participants. */
    record CancellationRequest(String reason) {
    }

    record IntervalRequest(Integer followUpIntervalWeeks) {
    }

    record CadenceResponse(boolean applies, LocalDate start, LocalDate lastFollowUp, LocalDate nextDue,
            boolean overdue, long daysOverdue, Integer processIntervalWeeks, Integer officeIntervalWeeks,
            int effectiveIntervalWeeks, Long nextMeetingId, long overdueActionItems, long version) {

        static CadenceResponse of(MeetingService.Cadence c) {
            var s = c.status().orElse(null);
            return new CadenceResponse(s != null, s == null ? null : s.start(), s == null ? null : s.lastFollowUp(),
                    s == null ? null : s.nextDue(), s != null && s.overdue(), s == null ? 0 : s.daysOverdue(),
                    c.processWeeks(), c.officeWeeks(), c.effectiveWeeks(),
                    c.nextMeeting() == null ? null : c.nextMeeting().getId(), c.overdueActionItems(),
                    c.processVersion());
        }
    }

    record OfficeSettingsResponse(String officeId, Integer followUpIntervalWeeks, int effectiveIntervalWeeks,
            long version) {
    }

    @PostMapping("/processes/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting (counsellor of the office); the agenda defaults to the office's template for "
            + "the type, the participants to candidate, mentor and counsellor")
    ResponseEntity<MeetingResponse> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) Changes body) {
        long meetingId = meetings.create(user, id, body).getId();
        MeetingResponse response = MeetingResponse.of(meetings.read(user, meetingId));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId))
                .eTag(ETags.of(response.version())).body(response);
    }

    @GetMapping("/processes/{id}/meetings")
    @Operation(summary = "The process's meetings the caller may see; minutes only of meetings they took part in")
    List<MeetingResponse> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return meetings.list(user, id).stream().map(MeetingResponse::of).toList();
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting as the caller may see it")
    ResponseEntity<MeetingResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        MeetingResponse response = MeetingResponse.of(meetings.read(user, id));
        return ResponseEntity.ok().eTag(ETags.of(response.version())).body(response);
    }

    @PutMapping("/meetings/{id}")
    @Operation(summary = "Change time, place, participants, agenda, minutes, decisions, start-up plan or status "
            + "(PLANNED/HELD); fields left out stay, empty text clears; requires If-Match")
    ResponseEntity<MeetingResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) Changes body) {
        meetings.update(user, id, ETags.expectedVersion(ifMatch), body);
        return get(user, id);
    }

    @PutMapping("/meetings/{id}/cancellation")
    @Operation(summary = "Cancel the meeting with a reason (required, at most 1000 characters) that the participants "
            + "get in a notification and in the .ics, which becomes METHOD:CANCEL; requires If-Match")
    ResponseEntity<MeetingResponse> cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) CancellationRequest body) {
        meetings.cancel(user, id, ETags.expectedVersion(ifMatch), body == null ? null : body.reason());
        return get(user, id);
    }

    @GetMapping("/meetings/{id}.ics")
    @Operation(summary = "The meeting as an iCalendar invitation (RFC 5545): REQUEST, or CANCEL when cancelled")
    ResponseEntity<String> ics(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mote-" + id + ".ics\"")
                .body(meetings.ics(user, id));
    }

    @PostMapping("/meetings/{id}/action-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an action item (text, owner, dueDate)")
    ResponseEntity<ActionItemView> addItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) NewActionItem body) {
        ActionItem item = meetings.addActionItem(user, id, body);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/action-items/" + item.getId()))
                .eTag(ETags.of(item.getVersion())).body(ActionItemView.of(item));
    }

    @PutMapping("/meetings/{id}/action-items/{itemId}")
    @Operation(summary = "Mark an action item done or not done ({\"done\": true}); requires the item's If-Match")
    ResponseEntity<ActionItemView> markItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long itemId, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) DoneRequest body) {
        long expected = ETags.expectedVersion(ifMatch);
        if (body == null || body.done() == null) {
            throw new no.treklover.platform.errors.RuleViolationException("done", "validation.required");
        }
        ActionItem item = meetings.markActionItem(user, id, itemId, expected, body.done());
        return ResponseEntity.ok().eTag(ETags.of(item.getVersion())).body(ActionItemView.of(item));
    }

    @GetMapping("/processes/{id}/cadence")
    @Operation(summary = "Follow-up cadence: next due date, overdue, interval (process's own, office's, default 4)")
    ResponseEntity<CadenceResponse> cadence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        CadenceResponse body = CadenceResponse.of(meetings.cadence(user, id));
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }

    @PutMapping("/processes/{id}/cadence")
    @Operation(summary = "Set the process's own follow-up interval in weeks (null: the office's applies); If-Match")
    ResponseEntity<CadenceResponse> setCadence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) IntervalRequest body) {
        long expected = ETags.expectedVersion(ifMatch);
        CadenceResponse response = CadenceResponse.of(meetings.setProcessInterval(user, id,
                body == null ? null : body.followUpIntervalWeeks(), expected));
        return ResponseEntity.ok().eTag(ETags.of(response.version())).body(response);
    }

    @GetMapping("/offices/{officeId}/meeting-settings")
    @Operation(summary = "The office's follow-up interval (office leader and counsellors of the office)")
    ResponseEntity<OfficeSettingsResponse> officeSettings(@AuthenticationPrincipal CurrentUser user,
            @PathVariable String officeId) {
        policy.requireOfficeMeetingSettings(user, officeId);
        MeetingSettings.Interval interval = settings.officeInterval(officeId);
        OfficeSettingsResponse body = new OfficeSettingsResponse(officeId, interval.weeks(),
                FollowUpCadence.interval(null, interval.weeks()), interval.version());
        return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
    }

    @PutMapping("/offices/{officeId}/meeting-settings")
    @Operation(summary = "Set the office's follow-up interval in weeks (1–26); requires If-Match")
    ResponseEntity<OfficeSettingsResponse> setOfficeSettings(@AuthenticationPrincipal CurrentUser user,
            @PathVariable String officeId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) IntervalRequest body) {
        policy.requireOfficeMeetingSettings(user, officeId);
        settings.setOfficeInterval(officeId, body == null ? null : body.followUpIntervalWeeks(),
                ETags.expectedVersion(ifMatch));
        return officeSettings(user, officeId);
    }
}
