package no.treklover.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.EventAccess;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.errors.UniqueViolations;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.process.ProcessService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job-fair events (issue 13): the organiser's event with its offices, the employers with their slots, the
 * counsellors' bookings with the event's rules and a waiting list, the employer's decisions. Who does what is
 * {@link AccessPolicy#eventAccess} (organise, book, own employer); this service narrows it to the user's unit,
 * caseload and organisation. Every candidate shown or changed is audit-logged against her.
 */
@Service
public class EventService {

    static final String RESOURCE = "event";
    static final String BOOKING_RESOURCE = "event-booking";

    private final EventRepository events;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final InclusionProcessRepository processes;
    private final ProcessService processService;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventService(EventRepository events, JdbcClient jdbc, AccessPolicy policy, AuditLog audit,
            InclusionProcessRepository processes, ProcessService processService,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.processes = processes;
        this.processService = processService;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ rows

    public record EventRow(long id, EventType type, String title, Instant startsAt, Instant endsAt, String venue,
            EventState state, String organiserName, int employers, int slots, int booked) {
    }

    public record OfficeRef(String id, String name) {
    }

    public record EmployerPart(long id, long employerId, String employerName, String tasks, Boolean attended,
            long version) {
    }

    /**
     * One slot and, if booked, its booking. {@code candidateName} and {@code processId} only when this user may see
     * who is booked (the counsellor for their office's cases, the employer for its own slots); null otherwise.
     */
    public record SlotRow(long id, long eventEmployerId, Instant startsAt, Instant endsAt, Long bookingId,
            boolean booked, Long processId, String candidateName, Boolean counsellorJoins, Attendance attendance,
            Decision decision, String feedback, Instant offerAcceptedAt, long bookingVersion) {
    }

    public record WaitingRow(long id, long eventEmployerId, Long processId, String candidateName, Instant addedAt) {
    }

    public record CaseRef(long processId, String candidateName) {
    }

    public record EventView(Event event, String organiserName, List<OfficeRef> coOrganisers, List<OfficeRef> invited,
            EventAccess access, boolean manages, boolean books, List<EmployerPart> employers, List<SlotRow> slots,
            List<WaitingRow> waiting, List<CaseRef> caseload) {

        public List<SlotRow> slotsOf(long eventEmployerId) {
            return slots.stream().filter(s -> s.eventEmployerId() == eventEmployerId).toList();
        }

        public List<WaitingRow> waitingFor(long eventEmployerId) {
            return waiting.stream().filter(w -> w.eventEmployerId() == eventEmployerId).toList();
        }

        public long free(long eventEmployerId) {
            return slotsOf(eventEmployerId).stream().filter(s -> !s.booked()).count();
        }
    }

    // ------------------------------------------------------------------ reading

    /** The events this user sees, soonest first: organised by their unit, invited to their office, or with their
     *  organisation taking part (not drafts). One query. */
    @Transactional(readOnly = true)
    public List<EventRow> list(CurrentUser user) {
        EventAccess access = policy.eventAccess(user);
        String where = switch (access) {
            case ORGANISE -> "(e.organiser_office_id = :office or exists (select 1 from event_office o where "
                    + "o.event_id = e.id and o.office_id = :office and o.role = 'CO_ORGANISER'))";
            case BOOK -> "e.state in ('PUBLISHED', 'HELD', 'CLOSED') and exists (select 1 from event_office o "
                    + "where o.event_id = e.id and o.office_id = :office and o.role = 'INVITED')";
            case OWN_EMPLOYER -> "e.state <> 'DRAFT' and exists (select 1 from event_employer x "
                    + "where x.event_id = e.id and x.employer_id = :employer)";
            case NONE -> throw new ForbiddenException(user.username() + " has no events");
        };
        return jdbc.sql("""
                select e.id, e.type, e.title, e.starts_at, e.ends_at, e.venue, e.state, o.name,
                       (select count(*) from event_employer x where x.event_id = e.id) employers,
                       (select count(*) from event_slot s join event_employer x on x.id = s.event_employer_id
                         where x.event_id = e.id) slots,
                       (select count(*) from event_booking b where b.event_id = e.id and b.cancelled_at is null) booked
                  from event e join office o on o.id = e.organiser_office_id
                 where %s
                 order by e.starts_at desc, e.id desc
                 limit 200""".formatted(where))
                .param("office", user.officeId()).param("employer", user.employerId())
                .query((rs, n) -> new EventRow(rs.getLong(1), EventType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        EventState.valueOf(rs.getString(7)), rs.getString(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11)))
                .list();
    }

    /** Whether this user creates events (the market side with a unit). */
    public boolean mayOrganise(CurrentUser user) {
        return policy.eventAccess(user) == EventAccess.ORGANISE;
    }

    public void requireOrganiser(CurrentUser user) {
        policy.requireEventAccess(user, EventAccess.ORGANISE);
    }

    Event load(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    private List<OfficeRef> offices(long eventId, String role) {
        return allOffices(eventId).stream().filter(o -> o.role().equals(role))
                .map(o -> new OfficeRef(o.id(), o.name())).toList();
    }

    private record EventOffice(String role, String id, String name) {
    }

    /** The organiser, co-organisers and invited offices of an event in one query. */
    private List<EventOffice> allOffices(long eventId) {
        return jdbc.sql("""
                select 'ORGANISER', o.id, o.name from event e join office o on o.id = e.organiser_office_id
                 where e.id = :event
                union all
                select eo.role, o.id, o.name from event_office eo join office o on o.id = eo.office_id
                 where eo.event_id = :event
                 order by 1, 3""")
                .param("event", eventId)
                .query((rs, n) -> new EventOffice(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Whether this user's unit organises (or co-organises) the event. */
    private boolean organises(CurrentUser user, Event event, List<OfficeRef> coOrganisers) {
        return policy.eventAccess(user) == EventAccess.ORGANISE
                && (Objects.equals(event.getOrganiserOfficeId(), user.officeId())
                || coOrganisers.stream().anyMatch(o -> o.id().equals(user.officeId())));
    }

    /** The event as this user may see it; 403 for events outside their units, invitations or organisation. */
    @Transactional
    public EventView view(CurrentUser user, long id) {
        Event event = load(id);
        EventAccess access = policy.eventAccess(user);
        List<EventOffice> units = allOffices(id);
        List<OfficeRef> co = units.stream().filter(o -> o.role().equals("CO_ORGANISER"))
                .map(o -> new OfficeRef(o.id(), o.name())).toList();
        List<OfficeRef> invited = units.stream().filter(o -> o.role().equals("INVITED"))
                .map(o -> new OfficeRef(o.id(), o.name())).toList();
        boolean manages = organises(user, event, co);
        boolean invitedHere = access == EventAccess.BOOK && event.getState() != EventState.DRAFT
                && invited.stream().anyMatch(o -> o.id().equals(user.officeId()));
        Long ownEmployer = access == EventAccess.OWN_EMPLOYER ? user.employerId() : null;
        List<EmployerPart> parts = employers(id, ownEmployer);
        boolean employerTakesPart = ownEmployer != null && event.getState() != EventState.DRAFT && !parts.isEmpty();
        if (!manages && !invitedHere && !employerTakesPart) {
            throw new ForbiddenException(user.username() + " may not see event " + id);
        }
        String organiser = units.stream().filter(o -> o.role().equals("ORGANISER")).map(EventOffice::name)
                .findFirst().orElse(event.getOrganiserOfficeId());
        List<SlotRow> slots = slots(user, id, ownEmployer);
        List<WaitingRow> waiting = waiting(user, id, ownEmployer);
        boolean books = invitedHere && event.getState().open();
        List<CaseRef> caseload = books ? caseload(user) : List.of();
        return new EventView(event, organiser, co, invited, access, manages, books, parts, slots, waiting, caseload);
    }

    private List<EmployerPart> employers(long eventId, Long onlyEmployer) {
        return jdbc.sql("""
                select x.id, x.employer_id, e.name, x.tasks, x.attended, x.version
                  from event_employer x join employer e on e.id = x.employer_id
                 where x.event_id = :event and (cast(:only as bigint) is null or x.employer_id = :only)
                 order by e.name""")
                .param("event", eventId).param("only", onlyEmployer)
                .query((rs, n) -> new EmployerPart(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Boolean) rs.getObject(5), rs.getLong(6)))
                .list();
    }

    /**
     * The slots with their active bookings, in one query. The candidate's name is read only where this user may see
     * it: the counsellor for processes of their office, the employer for its own slots. Each shown is logged.
     */
    private List<SlotRow> slots(CurrentUser user, long eventId, Long onlyEmployer) {
        EventAccess access = policy.eventAccess(user);
        List<Long> shown = new ArrayList<>();
        List<SlotRow> rows = jdbc.sql("""
                select s.id, s.event_employer_id, s.starts_at, s.ends_at, b.id, b.process_id, p.office_id,
                       c.first_name || ' ' || c.last_name, b.counsellor_joins, b.attendance, b.decision, b.feedback,
                       b.offer_accepted_at, b.version, b.candidate_id
                  from event_slot s
                  join event_employer x on x.id = s.event_employer_id
                  left join event_booking b on b.slot_id = s.id and b.cancelled_at is null
                  left join inclusion_process p on p.id = b.process_id
                  left join candidate c on c.id = b.candidate_id
                 where x.event_id = :event and (cast(:only as bigint) is null or x.employer_id = :only)
                 order by s.starts_at, s.event_employer_id""")
                .param("event", eventId).param("only", onlyEmployer)
                .query((rs, n) -> {
                    Long bookingId = (Long) rs.getObject(5);
                    boolean sees = bookingId != null && (access == EventAccess.OWN_EMPLOYER
                            || access == EventAccess.BOOK && Objects.equals(rs.getString(7), user.officeId()));
                    if (sees) {
                        shown.add(rs.getLong(15));
                    }
                    String decision = rs.getString(11);
                    String attendance = rs.getString(10);
                    Timestamp accepted = rs.getTimestamp(13);
                    return new SlotRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant(), sees ? bookingId : null, bookingId != null,
                            sees ? (Long) rs.getObject(6) : null, sees ? rs.getString(8) : null,
                            sees ? (Boolean) rs.getObject(9) : null,
                            attendance == null || !sees && access != EventAccess.ORGANISE ? null
                                    : Attendance.valueOf(attendance),
                            decision == null || !sees ? null : Decision.valueOf(decision),
                            sees ? rs.getString(12) : null, sees && accepted != null ? accepted.toInstant() : null,
                            rs.getLong(14));
                })
                .list();
        audit.allowedForEach(user, AuditAction.READ, BOOKING_RESOURCE, shown, "EVENT_BOOKING");
        return rows;
    }

    /** The waiting lists; names only of the counsellor's office's cases (the employer sees how many wait). */
    private List<WaitingRow> waiting(CurrentUser user, long eventId, Long onlyEmployer) {
        boolean counsellor = policy.eventAccess(user) == EventAccess.BOOK;
        return jdbc.sql("""
                select w.id, w.event_employer_id, w.process_id, p.office_id, c.first_name || ' ' || c.last_name,
                       w.added_at
                  from event_waiting w
                  join event_employer x on x.id = w.event_employer_id
                  join inclusion_process p on p.id = w.process_id
                  join candidate c on c.id = w.candidate_id
                 where x.event_id = :event and w.left_at is null
                   and (cast(:only as bigint) is null or x.employer_id = :only)
                 order by w.added_at, w.id""")
                .param("event", eventId).param("only", onlyEmployer)
                .query((rs, n) -> {
                    boolean sees = counsellor && Objects.equals(rs.getString(4), user.officeId());
                    return new WaitingRow(rs.getLong(1), rs.getLong(2), sees ? rs.getLong(3) : null,
                            sees ? rs.getString(5) : null, rs.getTimestamp(6).toInstant());
                })
                .list();
    }

    /** The counsellor's own open cases to book for (their caseload), by name. */
    private List<CaseRef> caseload(CurrentUser user) {
        return jdbc.sql("""
                select p.id, c.first_name || ' ' || c.last_name from inclusion_process p
                  join candidate c on c.id = p.candidate_id
                 where p.counsellor_id = :user and p.office_id = :office and p.open and c.anonymised_at is null
                 order by c.last_name, c.first_name limit 500""")
                .param("user", user.id()).param("office", user.officeId())
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2))).list();
    }

    /** The offices and Arbeidslivssenter units one may invite or co-organise with. */
    @Transactional(readOnly = true)
    public List<OfficeRef> allOffices() {
        return jdbc.sql("select id, name from office order by name")
                .query((rs, n) -> new OfficeRef(rs.getString(1), rs.getString(2))).list();
    }

    // ------------------------------------------------------------------ organising

    private void checkOffices(EventDetails details) {
        List<String> all = new ArrayList<>(details.coOrganiserIds());
        all.addAll(details.invitedIds());
        if (all.isEmpty()) {
            return;
        }
        long known = jdbc.sql("select count(*) from office where id in (:ids)").param("ids", all)
                .query(Long.class).single();
        if (known != all.stream().distinct().count()) {
            throw new RuleViolationException("invitedOffices", "events.rule.unknownOffice");
        }
    }

    private static void checkTimes(EventDetails details) {
        if (!details.endTime().isAfter(details.startTime())) {
            throw new RuleViolationException("endTime", "events.rule.endBeforeStart");
        }
    }

    private void writeOffices(long eventId, EventDetails details) {
        jdbc.sql("delete from event_office where event_id = :id").param("id", eventId).update();
        for (String office : details.coOrganiserIds()) {
            jdbc.sql("insert into event_office (event_id, office_id, role) values (:e, :o, 'CO_ORGANISER')")
                    .param("e", eventId).param("o", office).update();
        }
        for (String office : details.invitedIds()) {
            jdbc.sql("insert into event_office (event_id, office_id, role) values (:e, :o, 'INVITED')")
                    .param("e", eventId).param("o", office).update();
        }
    }

    @Transactional
    public Event create(CurrentUser user, EventDetails details) {
        policy.requireEventAccess(user, EventAccess.ORGANISE);
        checkTimes(details);
        checkOffices(details);
        Event event = events.saveAndFlush(new Event(user.officeId(), user.id(), clock.instant(), details));
        writeOffices(event.getId(), details);
        return event;
    }

    /** The event's details for its edit form; only for its organisers. */
    @Transactional(readOnly = true)
    public EventDetails details(CurrentUser user, long id) {
        Event event = managed(user, id);
        return event.details(offices(id, "CO_ORGANISER").stream().map(OfficeRef::id).toList(),
                offices(id, "INVITED").stream().map(OfficeRef::id).toList());
    }

    private Event managed(CurrentUser user, long id) {
        Event event = load(id);
        if (!organises(user, event, offices(id, "CO_ORGANISER"))) {
            throw new ForbiddenException(user.username() + " does not organise event " + id);
        }
        return event;
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new StaleVersionException();
        }
    }

    @Transactional
    public Event update(CurrentUser user, long id, long expectedVersion, EventDetails details) {
        Event event = managed(user, id);
        checkVersion(event.getVersion(), expectedVersion);
        if (event.getState() == EventState.CLOSED || event.getState() == EventState.CANCELLED) {
            throw new ConflictException("events.rule.finished");
        }
        checkTimes(details);
        checkOffices(details);
        event.apply(details);
        events.saveAndFlush(event);
        writeOffices(id, details);
        return event;
    }

    /** Publish, mark held, close or cancel (with a reason that reaches every counsellor and candidate booked). */
    @Transactional
    public Event transition(CurrentUser user, long id, long expectedVersion, EventState next, String reason) {
        Event event = managed(user, id);
        checkVersion(event.getVersion(), expectedVersion);
        if (next == null || !event.getState().next().contains(next)) {
            throw new ConflictException("events.rule.transition");
        }
        if (next == EventState.CANCELLED && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "events.validation.cancelReason");
        }
        if (reason != null && reason.strip().length() > 1000) {
            throw new RuleViolationException("reason", "events.validation.cancelReason.size");
        }
        event.moveTo(next, next == EventState.CANCELLED ? reason.strip() : null);
        events.saveAndFlush(event);
        if (next == EventState.CANCELLED) {
            notifyCancelled(event);
        }
        return event;
    }

    private void notifyCancelled(Event event) {
        record Booked(long counsellor, Long candidateUser, long processId) {
        }
        List<String> args = List.of(event.getTitle(), event.getCancelReason());
        String link = "/events/" + event.getId();
        jdbc.sql("""
                select b.booked_by, u.id, b.process_id from event_booking b
                  left join app_user u on u.candidate_id = b.candidate_id and u.enabled
                 where b.event_id = :event and b.cancelled_at is null""")
                .param("event", event.getId())
                .query((rs, n) -> new Booked(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3)))
                .list()
                .forEach(b -> {
                    publisher.publishEvent(new NotificationRequested(b.counsellor(), "events.notification.cancelled",
                            args, link, b.processId()));
                    if (b.candidateUser() != null) {
                        publisher.publishEvent(new NotificationRequested(b.candidateUser(),
                                "events.notification.cancelled", args, "/", b.processId()));
                    }
                });
    }

    // ------------------------------------------------------------------ employers and slots

    /** The organiser adds an employer with the tasks it recruits for and its slots on the event's day. */
    @Transactional
    public long addEmployer(CurrentUser user, long eventId, long employerId, String tasks, SlotPlan plan) {
        Event event = managed(user, eventId);
        if (event.getState() != EventState.DRAFT && event.getState() != EventState.PUBLISHED) {
            throw new ConflictException("events.rule.finished");
        }
        if (jdbc.sql("select count(*) from employer where id = :id").param("id", employerId).query(Long.class)
                .single() == 0) {
            throw new RuleViolationException("employerId", "events.rule.unknownEmployer");
        }
        if (plan.pauses() == null) {
            throw new RuleViolationException("breaks", "events.validation.breaks");
        }
        if (plan.slotEnd() != null && plan.slotStart() != null && !plan.slotEnd().isAfter(plan.slotStart())) {
            throw new RuleViolationException("slotEnd", "events.rule.endBeforeStart");
        }
        List<SlotPlan.Slot> slots = event.getType() == EventType.BREAKFAST ? List.of() : plan.slots();
        if (event.getType() != EventType.BREAKFAST && slots.isEmpty()) {
            throw new RuleViolationException("slotEnd", "events.rule.noSlots");
        }
        Instant now = clock.instant();
        long partId = UniqueViolations.orConflict("events.rule.employerTakesPart", () -> jdbc.sql("""
                insert into event_employer (event_id, employer_id, tasks, added_by, added_at)
                values (:event, :employer, :tasks, :user, :now) returning id""")
                .param("event", eventId).param("employer", employerId).param("tasks", blankToNull(tasks))
                .param("user", user.id()).param("now", Timestamp.from(now)).query(Long.class).single());
        var day = LocalDateTime.ofInstant(event.getStartsAt(), Event.OSLO).toLocalDate();
        for (SlotPlan.Slot slot : slots) {
            jdbc.sql("insert into event_slot (event_employer_id, starts_at, ends_at) values (:p, :s, :e)")
                    .param("p", partId)
                    .param("s", Timestamp.from(day.atTime(slot.start()).atZone(Event.OSLO).toInstant()))
                    .param("e", Timestamp.from(day.atTime(slot.end()).atZone(Event.OSLO).toInstant()))
                    .update();
        }
        return partId;
    }

    /** The employer with this organisation number, or a field error on {@code orgNumber}. */
    @Transactional(readOnly = true)
    public long employerByOrgNumber(String orgNumber) {
        String digits = orgNumber == null ? "" : orgNumber.replaceAll("\\s", "");
        return jdbc.sql("select id from employer where org_number = :org").param("org", digits).query(Long.class)
                .optional().orElseThrow(() -> new RuleViolationException("orgNumber", "events.rule.unknownEmployer"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The employer adjusts the tasks it recruits for (its own participation only), or the organiser does. */
    @Transactional
    public void updateTasks(CurrentUser user, long partId, long expectedVersion, String tasks) {
        EmployerPart part = part(partId);
        long eventId = eventOf(partId);
        boolean own = policy.eventAccess(user) == EventAccess.OWN_EMPLOYER
                && Objects.equals(user.employerId(), part.employerId());
        if (!own) {
            managed(user, eventId);
        }
        if (tasks != null && tasks.strip().length() > 2000) {
            throw new RuleViolationException("tasks", "events.validation.tasks.size");
        }
        int changed = jdbc.sql("""
                update event_employer set tasks = :tasks, version = version + 1
                 where id = :id and version = :version""")
                .param("tasks", blankToNull(tasks)).param("id", partId).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
    }

    private EmployerPart part(long partId) {
        return jdbc.sql("""
                select x.id, x.employer_id, e.name, x.tasks, x.attended, x.version
                  from event_employer x join employer e on e.id = x.employer_id where x.id = :id""")
                .param("id", partId)
                .query((rs, n) -> new EmployerPart(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Boolean) rs.getObject(5), rs.getLong(6)))
                .optional().orElseThrow(() -> new NotFoundException("event-employer", partId));
    }

    private long eventOf(long partId) {
        return jdbc.sql("select event_id from event_employer where id = :id").param("id", partId)
                .query(Long.class).single();
    }

    // ------------------------------------------------------------------ booking

    public enum BookingOutcome { BOOKED, WAITING }

    public record BookingResult(BookingOutcome outcome, long id) {
    }

    /** Locks the event row: every booking of one event is decided one at a time, so the rules hold under load. */
    private Event lockForBooking(CurrentUser user, long eventId) {
        Event event = load(eventId);
        List<OfficeRef> invited = offices(eventId, "INVITED");
        if (policy.eventAccess(user) != EventAccess.BOOK || event.getState() == EventState.DRAFT
                || invited.stream().noneMatch(o -> o.id().equals(user.officeId()))) {
            throw new ForbiddenException(user.username() + " is not invited to event " + eventId);
        }
        jdbc.sql("select id from event where id = :id for update").param("id", eventId).query(Long.class).single();
        if (!load(eventId).getState().open()) {
            throw new ConflictException("events.booking.closed");
        }
        return event;
    }

    private InclusionProcess bookable(CurrentUser user, long processId) {
        InclusionProcess process = processes.findById(processId)
                .orElseThrow(() -> new RuleViolationException("processId", "events.booking.unknownProcess"));
        policy.require(user, Permission.EDIT_CASE, process.scope(), BOOKING_RESOURCE);
        if (!process.isOpen()) {
            throw new RuleViolationException("processId", "events.booking.processClosed");
        }
        return process;
    }

    /**
     * A counsellor books this slot for a candidate of their own caseload. The rules of the event (candidates per
     * employer, employers per candidate, one interview at a time) are checked under the event's row lock; the
     * unique index on a slot's active booking settles two requests for the last slot.
     */
    @Transactional
    public long book(CurrentUser user, long eventId, long slotId, long processId) {
        Event event = lockForBooking(user, eventId);
        InclusionProcess process = bookable(user, processId);
        record SlotFacts(long partId, Instant startsAt, Instant endsAt, boolean taken) {
        }
        SlotFacts slot = jdbc.sql("""
                select s.event_employer_id, s.starts_at, s.ends_at,
                       exists (select 1 from event_booking b where b.slot_id = s.id and b.cancelled_at is null)
                  from event_slot s join event_employer x on x.id = s.event_employer_id
                 where s.id = :slot and x.event_id = :event""")
                .param("slot", slotId).param("event", eventId)
                .query((rs, n) -> new SlotFacts(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getBoolean(4)))
                .optional().orElseThrow(() -> new NotFoundException("event-slot", slotId));
        if (slot.taken()) {
            throw new ConflictException("events.booking.slotTaken");
        }
        checkRules(event, slot.partId(), process.getCandidateId(), slot.startsAt(), slot.endsAt());
        long booking = insertBooking(eventId, slot.partId(), slotId, process.getId(), process.getCandidateId(),
                user.id());
        notifyBooked(event, slot.partId(), process, booking);
        return booking;
    }

    private void checkRules(Event event, long partId, long candidateId, Instant startsAt, Instant endsAt) {
        record Counts(long withEmployer, long candidateEmployers, boolean sameEmployer, boolean overlapping) {
        }
        Counts counts = jdbc.sql("""
                select (select count(*) from event_booking b where b.event_employer_id = :part
                           and b.cancelled_at is null),
                       (select count(distinct b.event_employer_id) from event_booking b where b.event_id = :event
                           and b.candidate_id = :candidate and b.cancelled_at is null),
                       exists (select 1 from event_booking b where b.event_employer_id = :part
                           and b.candidate_id = :candidate and b.cancelled_at is null),
                       exists (select 1 from event_booking b join event_slot s on s.id = b.slot_id
                                where b.candidate_id = :candidate and b.cancelled_at is null
                                  and s.starts_at < :ends and s.ends_at > :starts)""")
                .param("part", partId).param("event", event.getId()).param("candidate", candidateId)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        if (counts.sameEmployer()) {
            throw new ConflictException("events.booking.alreadyWithEmployer");
        }
        if (counts.overlapping()) {
            throw new ConflictException("events.booking.overlap");
        }
        if (counts.withEmployer() >= event.getMaxCandidatesPerEmployer()) {
            throw new ConflictException("events.booking.employerFull", event.getMaxCandidatesPerEmployer());
        }
        if (counts.candidateEmployers() >= event.getMaxEmployersPerCandidate()) {
            throw new ConflictException("events.booking.candidateFull", event.getMaxEmployersPerCandidate());
        }
    }

    /** The booking; a unique violation (someone took the slot a moment before) is the clear 409. */
    private long insertBooking(long eventId, long partId, long slotId, long processId, long candidateId,
            long bookedBy) {
        try {
            return jdbc.sql("""
                    insert into event_booking (event_id, event_employer_id, slot_id, process_id, candidate_id,
                                               booked_by, booked_at)
                    values (:event, :part, :slot, :process, :candidate, :user, :now) returning id""")
                    .param("event", eventId).param("part", partId).param("slot", slotId)
                    .param("process", processId).param("candidate", candidateId)
                    .param("user", bookedBy).param("now", Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        } catch (DataIntegrityViolationException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new ConflictException("events.booking.slotTaken");
            }
            throw e;
        }
    }

    /** The candidate (if she has an account) chooses whether her counsellor joins; the employer's people are told. */
    private void notifyBooked(Event event, long partId, InclusionProcess process, long bookingId) {
        String link = "/events/" + event.getId();
        jdbc.sql("select id from app_user where candidate_id = :c and enabled")
                .param("c", process.getCandidateId()).query(Long.class).list()
                .forEach(u -> publisher.publishEvent(new NotificationRequested(u, "events.notification.bookedCandidate",
                        List.of(event.getTitle()), "/my-events", process.getId())));
        jdbc.sql("""
                select u.id from app_user u join event_employer x on x.employer_id = u.employer_id
                 where x.id = :part and u.enabled and u.role = 'EMPLOYER'""")
                .param("part", partId).query(Long.class).list()
                .forEach(u -> publisher.publishEvent(new NotificationRequested(u, "events.notification.bookedEmployer",
                        List.of(event.getTitle()), link, null)));
    }

    /** When the employer has no free slot or its limit is reached: the candidate goes on its waiting list. */
    @Transactional
    public long joinWaitingList(CurrentUser user, long eventId, long partId, long processId) {
        lockForBooking(user, eventId);
        InclusionProcess process = bookable(user, processId);
        if (eventOf(partId) != eventId) {
            throw new NotFoundException("event-employer", partId);
        }
        return UniqueViolations.orConflict("events.waiting.already", () -> jdbc.sql("""
                insert into event_waiting (event_employer_id, process_id, candidate_id, added_by, added_at)
                values (:part, :process, :candidate, :user, :now) returning id""")
                .param("part", partId).param("process", processId).param("candidate", process.getCandidateId())
                .param("user", user.id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single());
    }

    /**
     * The counsellor cancels a booking of their office's case; the freed slot goes to the first on the employer's
     * waiting list whom the rules allow, and their counsellor is told. Returns the moved-up booking's id, if any.
     */
    @Transactional
    public Long cancelBooking(CurrentUser user, long eventId, long bookingId) {
        record Row(long eventId, long partId, long slotId, long processId) {
        }
        Row row = jdbc.sql("""
                select event_id, event_employer_id, slot_id, process_id from event_booking
                 where id = :id and cancelled_at is null""")
                .param("id", bookingId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional().filter(r -> r.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException(BOOKING_RESOURCE, bookingId));
        Event event = lockForBooking(user, row.eventId());
        bookable(user, row.processId());
        jdbc.sql("update event_booking set cancelled_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", bookingId).update();
        return moveUp(event, row.partId(), row.slotId());
    }

    private Long moveUp(Event event, long partId, long slotId) {
        record Waiting(long id, long processId, long candidateId, long addedBy) {
        }
        List<Waiting> queue = jdbc.sql("""
                select id, process_id, candidate_id, added_by from event_waiting
                 where event_employer_id = :part and left_at is null order by added_at, id""")
                .param("part", partId)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        record Times(Instant startsAt, Instant endsAt) {
        }
        Times slot = jdbc.sql("select starts_at, ends_at from event_slot where id = :id").param("id", slotId)
                .query((rs, n) -> new Times(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).single();
        for (Waiting w : queue) {
            InclusionProcess process = processes.findById(w.processId()).orElse(null);
            if (process == null || !process.isOpen()) {
                continue;
            }
            try {
                checkRules(event, partId, w.candidateId(), slot.startsAt(), slot.endsAt());
            } catch (ConflictException doesNotFit) {
                continue;
            }
            long booking = insertBooking(event.getId(), partId, slotId, w.processId(), w.candidateId(),
                    w.addedBy());
            jdbc.sql("update event_waiting set left_at = :now, booking_id = :b where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("b", booking).param("id", w.id()).update();
            publisher.publishEvent(new NotificationRequested(w.addedBy(), "events.notification.movedUp",
                    List.of(event.getTitle()), "/events/" + event.getId(), w.processId()));
            notifyBooked(event, partId, process, booking);
            return booking;
        }
        return null;
    }
}
