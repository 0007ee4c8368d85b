package no.treklover.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.ETags;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Arrangementer", description = "Job fairs (Ta sjansen), kick-offs and employer breakfasts: the organiser's "
        + "event, the employers with their interview slots, the counsellors' bookings with the event's rules and a "
        + "waiting list")
class EventApiController {

    private final EventService events;
    private final EventInterviews interviews;

    EventApiController(EventService events, EventInterviews interviews) {
        this.events = events;
        this.interviews = interviews;
    }

    record SlotResponse(long id, Instant startsAt, Instant endsAt, boolean booked, Long bookingId, Long processId,
            String candidateName, Attendance attendance, Decision decision) {

        static SlotResponse of(EventService.SlotRow s) {
            return new SlotResponse(s.id(), s.startsAt(), s.endsAt(), s.booked(), s.bookingId(), s.processId(),
                    s.candidateName(), s.attendance(), s.decision());
        }
    }

    record EventEmployerResponse(long id, long employerId, String employerName, String tasks, int waiting,
            List<SlotResponse> slots, long version) {
    }

    /** One event as this user may see it: candidates' names only for the counsellor's own office and the employer's
     *  own slots. */
    record EventResponse(long id, EventType type, String title, Instant startsAt, Instant endsAt, String venue,
            EventState state, String cancelReason, String organiserOfficeId, String organiserName,
            List<String> coOrganisers, List<String> invitedOffices, int maxCandidatesPerEmployer,
            int maxEmployersPerCandidate, boolean manages, boolean books, List<EventEmployerResponse> employers,
            long version) {

        static EventResponse of(EventService.EventView v) {
            Event e = v.event();
            return new EventResponse(e.getId(), e.getType(), e.getTitle(), e.getStartsAt(), e.getEndsAt(),
                    e.getVenue(), e.getState(), e.getCancelReason(), e.getOrganiserOfficeId(), v.organiserName(),
                    v.coOrganisers().stream().map(EventService.OfficeRef::id).toList(),
                    v.invited().stream().map(EventService.OfficeRef::id).toList(), e.getMaxCandidatesPerEmployer(),
                    e.getMaxEmployersPerCandidate(), v.manages(), v.books(),
                    v.employers().stream().map(p -> new EventEmployerResponse(p.id(), p.employerId(), p.employerName(),
                            p.tasks(), v.waitingFor(p.id()).size(),
                            v.slotsOf(p.id()).stream().map(SlotResponse::of).toList(), p.version())).toList(),
                    e.getVersion());
        }
    }

    record EventTransitionRequest(@NotNull(message = "{events.validation.state}") EventState state,
            @Size(max = 1000, message = "{events.validation.cancelReason.size}") String reason) {
    }

    record EmployerRequest(@NotNull(message = "{events.rule.unknownEmployer}") Long employerId,
            @Size(max = 2000, message = "{events.validation.tasks.size}") String tasks,
            @Valid SlotPlan slots) {
    }

    record TasksRequest(@Size(max = 2000, message = "{events.validation.tasks.size}") String tasks) {
    }

    record BookingRequest(@NotNull(message = "{events.booking.chooseSlot}") Long slotId,
            @NotNull(message = "{events.booking.chooseCandidate}") Long processId) {
    }

    record WaitingRequest(@NotNull(message = "{events.booking.chooseCandidate}") Long processId) {
    }

    record CreatedResponse(long id) {
    }

    @GetMapping
    @Operation(summary = "The events this user sees: organised by their unit, invited to their office (published "
            + "and later), or with their organisation taking part; newest first, at most 200")
    List<EventService.EventRow> list(@AuthenticationPrincipal CurrentUser user) {
        return events.list(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event as a draft (market contact or Arbeidslivssenter adviser); the user's unit "
            + "organises it")
    ResponseEntity<EventResponse> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody EventDetails request) {
        Event event = events.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.getId()))
                .eTag(ETags.of(event.getVersion())).body(EventResponse.of(events.view(user, event.getId())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event with its employers, slots and (where this user may see them) bookings")
    ResponseEntity<EventResponse> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        EventService.EventView view = events.view(user, id);
        return ResponseEntity.ok().eTag(ETags.of(view.event().getVersion())).body(EventResponse.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the event's details (its organisers); requires If-Match")
    ResponseEntity<EventResponse> update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EventDetails request) {
        Event event = events.update(user, id, ETags.expectedVersion(ifMatch), request);
        return ResponseEntity.ok().eTag(ETags.of(event.getVersion())).body(EventResponse.of(events.view(user, id)));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Publish, mark held, close, or cancel with a reason (sent to everyone booked); requires "
            + "If-Match")
    ResponseEntity<EventResponse> transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EventTransitionRequest request) {
        Event event = events.transition(user, id, ETags.expectedVersion(ifMatch), request.state(), request.reason());
        return ResponseEntity.ok().eTag(ETags.of(event.getVersion())).body(EventResponse.of(events.view(user, id)));
    }

    @PostMapping("/{id}/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an employer with the tasks it recruits for and its slots (start, end, length in "
            + "minutes, default 30, breaks as HH:mm-HH:mm); the organisers")
    ResponseEntity<CreatedResponse> addEmployer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody EmployerRequest request) {
        SlotPlan plan = request.slots() == null ? new SlotPlan(null, null, null, List.of()) : request.slots();
        return createdInEvent(id, "employer", events.addEmployer(user, id, request.employerId(), request.tasks(),
                plan));
    }

    @PutMapping("/{id}/employers/{partId}/tasks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The employer (or an organiser) changes the tasks it recruits for; requires If-Match")
    void tasks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long partId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TasksRequest request) {
        events.updateTasks(user, partId, ETags.expectedVersion(ifMatch), request.tasks());
    }

    @PostMapping("/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a slot for a candidate of the counsellor's own caseload; the event's rules are "
            + "checked, and of two requests for the last slot exactly one wins (the other gets 409)")
    ResponseEntity<CreatedResponse> book(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody BookingRequest request) {
        return createdInEvent(id, "booking", events.book(user, id, request.slotId(), request.processId()));
    }

    @PostMapping("/{id}/employers/{partId}/waiting")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a candidate of the counsellor's caseload on the employer's waiting list")
    ResponseEntity<CreatedResponse> waiting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long partId, @Valid @RequestBody WaitingRequest request) {
        return createdInEvent(id, "waiting", events.joinWaitingList(user, id, partId, request.processId()));
    }

    /** Parts of an event have no address of their own: the event's, with the part as its fragment. */
    private static ResponseEntity<CreatedResponse> createdInEvent(long eventId, String part, long partId) {
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "#" + part + "-" + partId))
                .body(new CreatedResponse(partId));
    }

    /** The id of the booking the freed slot went to (the first on the waiting list who fits), or null. */
    record CancelledResponse(Long movedUpBookingId) {
    }

    @PostMapping("/{id}/bookings/{bookingId}/cancellation")
    @Operation(summary = "Cancel a booking; the slot goes to the first on the employer's waiting list who fits")
    CancelledResponse cancelBooking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long bookingId) {
        return new CancelledResponse(events.cancelBooking(user, id, bookingId));
    }

    record AttendanceRequest(@NotNull(message = "{events.validation.attendance}") Attendance attendance) {
    }

    record DecisionRequest(@NotNull(message = "{events.validation.decision}") Decision decision,
            @Size(max = 2000, message = "{events.validation.feedback.size}") String feedback) {
    }

    @PostMapping("/{id}/bookings/{bookingId}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Met or no-show (the employer for its own interviews, or an organiser); requires If-Match "
            + "with the booking's version")
    void attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AttendanceRequest request) {
        interviews.recordAttendance(user, id, bookingId, ETags.expectedVersion(ifMatch), request.attendance());
    }

    @PostMapping("/{id}/bookings/{bookingId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The employer's decision on a candidate it interviewed (ARBEIDSTRENING, JOB, "
            + "SECOND_INTERVIEW, NO) with feedback; the booking counsellor is told; requires If-Match")
    void decision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DecisionRequest request) {
        interviews.recordDecision(user, id, bookingId, ETags.expectedVersion(ifMatch), request.decision(),
                request.feedback());
    }

    @PostMapping("/{id}/bookings/{bookingId}/acceptance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The counsellor marks the employer's offer accepted: the process gets the employer as its "
            + "workplace; requires If-Match")
    void accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookingId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        interviews.acceptOffer(user, id, bookingId, ETags.expectedVersion(ifMatch));
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "Booked, met, no-shows, offers and starts of the event (its organisers); numbers only")
    EventInterviews.InterviewSummary summary(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        events.details(user, id);
        return interviews.summary(id);
    }

    /** A booking as the employer who interviews her sees it: the items she shares with employers only. */
    record InterviewResponse(long bookingId, Instant startsAt, Instant endsAt, String candidateName,
            List<SharedItemResponse> sharedItems, Attendance attendance, Decision decision, String feedback,
            long version) {
    }

    record SharedItemResponse(String item, String text) {
    }

    @GetMapping("/{id}/bookings/{bookingId}")
    @Operation(summary = "The employer's view of a candidate booked with it: the profile she consented to share with "
            + "employers, and its decision")
    ResponseEntity<InterviewResponse> interview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long bookingId) {
        EventInterviews.DecisionView v = interviews.decisionView(user, id, bookingId);
        EventInterviews.Interview i = v.interview();
        return ResponseEntity.ok().eTag(ETags.of(i.version())).body(new InterviewResponse(i.bookingId(),
                i.startsAt(), i.endsAt(), i.candidateName(), v.profile().items().stream()
                        .map(item -> new SharedItemResponse(item.item().name(), item.text())).toList(),
                i.attendance(), i.decision(), i.feedback(), i.version()));
    }
}
