package no.treklover.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.access.EventAccess;
import no.treklover.access.Permission;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditLog;
import no.treklover.needs.NeedService;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.ForbiddenException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.process.InclusionProcess;
import no.treklover.process.InclusionProcessRepository;
import no.treklover.process.ProcessService;
import no.treklover.process.SharedProfile;
import no.treklover.process.SharedProfileService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the day and after: attendance, the employer's decision and feedback on every candidate it interviewed, the
 * counsellor's acceptance of an offer (the process gets the workplace), the candidate's choice whether her counsellor
 * joins, the summary per event and the employer's own list. Every read or change of a booking is logged against its
 * candidate.
 */
@Service
public class EventInterviews {

    static final int MAX_FEEDBACK = 2000;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final EventService events;
    private final SharedProfileService profiles;
    private final InclusionProcessRepository processes;
    private final ProcessService processService;
    private final NeedService needs;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventInterviews(JdbcClient jdbc, AccessPolicy policy, AuditLog audit, EventService events,
            SharedProfileService profiles, InclusionProcessRepository processes, ProcessService processService,
            NeedService needs, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.profiles = profiles;
        this.processes = processes;
        this.processService = processService;
        this.needs = needs;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One booking with what the decision and the employer's page show. */
    public record Interview(long bookingId, long eventId, String eventTitle, EventType eventType,
            EventState eventState, Instant startsAt, Instant endsAt, long processId, long candidateId,
            String candidateName, long employerId, String employerName, long bookedBy, Attendance attendance,
            Decision decision, String feedback, Instant offerAcceptedAt, Boolean counsellorJoins, long version) {
    }

    private static final String SELECT = """
            select b.id, e.id, e.title, e.type, e.state, s.starts_at, s.ends_at, b.process_id, b.candidate_id,
                   c.first_name || ' ' || c.last_name, x.employer_id, em.name, b.booked_by, b.attendance, b.decision,
                   b.feedback, b.offer_accepted_at, b.counsellor_joins, b.version
              from event_booking b
              join event e on e.id = b.event_id
              join event_slot s on s.id = b.slot_id
              join event_employer x on x.id = b.event_employer_id
              join employer em on em.id = x.employer_id
              join candidate c on c.id = b.candidate_id
            """;

    private static Interview row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp accepted = rs.getTimestamp(17);
        return new Interview(rs.getLong(1), rs.getLong(2), rs.getString(3), EventType.valueOf(rs.getString(4)),
                EventState.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                rs.getLong(8), rs.getLong(9), rs.getString(10), rs.getLong(11), rs.getString(12), rs.getLong(13),
                rs.getString(14) == null ? null : Attendance.valueOf(rs.getString(14)),
                rs.getString(15) == null ? null : Decision.valueOf(rs.getString(15)), rs.getString(16),
                accepted == null ? null : accepted.toInstant(), (Boolean) rs.getObject(18), rs.getLong(19));
    }

    private Interview load(long eventId, long bookingId) {
        return jdbc.sql(SELECT + " where b.id = :id and b.cancelled_at is null").param("id", bookingId)
                .query((rs, n) -> row(rs)).optional().filter(i -> i.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException(EventService.BOOKING_RESOURCE, bookingId));
    }

    private boolean ownEmployer(CurrentUser user, Interview i) {
        return policy.eventAccess(user) == EventAccess.OWN_EMPLOYER
                && Objects.equals(user.employerId(), i.employerId());
    }

    private void requireOwnEmployer(CurrentUser user, Interview i, AuditAction action) {
        if (!ownEmployer(user, i)) {
            audit.denied(user, action, EventService.BOOKING_RESOURCE, i.candidateId(), "EVENT_INTERVIEW");
            throw new ForbiddenException(user.username() + " did not interview booking " + i.bookingId());
        }
        audit.allowed(user, action, EventService.BOOKING_RESOURCE, i.candidateId(), "EVENT_INTERVIEW");
    }

    private static void checkVersion(Interview i, long expected) {
        if (i.version() != expected) {
            throw new StaleVersionException();
        }
    }

    public record DecisionView(Interview interview, SharedProfile profile) {
    }

    /** The employer's decision page: the booking and the profile she consented to share with employers. */
    @Transactional
    public DecisionView decisionView(CurrentUser user, long eventId, long bookingId) {
        Interview i = load(eventId, bookingId);
        requireOwnEmployer(user, i, AuditAction.READ);
        return new DecisionView(i, profiles.interviewProfile(user, i.processId(), i.employerId()));
    }

    /** Met or no-show: the employer for its own interviews, or the event's organisers (without seeing her name). */
    @Transactional
    public void recordAttendance(CurrentUser user, long eventId, long bookingId, long expectedVersion,
            Attendance attendance) {
        Interview i = load(eventId, bookingId);
        if (!ownEmployer(user, i)) {
            events.details(user, eventId);
            audit.allowed(user, AuditAction.WRITE, EventService.BOOKING_RESOURCE, i.candidateId(), "EVENT_ATTENDANCE");
        } else {
            requireOwnEmployer(user, i, AuditAction.WRITE);
        }
        checkVersion(i, expectedVersion);
        if (attendance == null) {
            throw new RuleViolationException("attendance", "events.validation.attendance");
        }
        if (i.eventState() != EventState.PUBLISHED && i.eventState() != EventState.HELD) {
            throw new ConflictException("events.interview.notOnTheDay");
        }
        if (attendance == Attendance.NO_SHOW && i.decision() != null) {
            throw new ConflictException("events.interview.decidedAlready");
        }
        update(bookingId, expectedVersion, "attendance = :a", "a", attendance.name());
    }

    private void update(long bookingId, long expectedVersion, String set, String name, Object value) {
        int changed = jdbc.sql("update event_booking set " + set + ", version = version + 1 where id = :id "
                + "and version = :version").param(name, value).param("id", bookingId)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
    }

    /**
     * The employer's decision on a candidate it interviewed (met; recording it marks her met) with its feedback; the
     * booking counsellor is told.
     */
    @Transactional
    public void recordDecision(CurrentUser user, long eventId, long bookingId, long expectedVersion,
            Decision decision, String feedback) {
        Interview i = load(eventId, bookingId);
        requireOwnEmployer(user, i, AuditAction.WRITE);
        checkVersion(i, expectedVersion);
        if (decision == null) {
            throw new RuleViolationException("decision", "events.validation.decision");
        }
        if (feedback != null && feedback.strip().length() > MAX_FEEDBACK) {
            throw new RuleViolationException("feedback", "events.validation.feedback.size");
        }
        if (i.eventState() == EventState.DRAFT || i.eventState() == EventState.CANCELLED) {
            throw new ConflictException("events.interview.notOnTheDay");
        }
        if (i.attendance() == Attendance.NO_SHOW) {
            throw new ConflictException("events.interview.noShow");
        }
        if (i.offerAcceptedAt() != null) {
            throw new ConflictException("events.interview.acceptedAlready");
        }
        int changed = jdbc.sql("""
                update event_booking set attendance = 'MET', decision = :d, feedback = :f, decided_at = :now,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("d", decision.name()).param("f", EventService.blankToNull(feedback))
                .param("now", Timestamp.from(clock.instant())).param("id", bookingId)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        publisher.publishEvent(new NotificationRequested(i.bookedBy(), "events.notification.decision",
                List.of(i.employerName(), i.eventTitle()), "/processes/" + i.processId(), i.processId()));
    }

    /**
     * The counsellor marks an offer accepted: the process gets the employer as its workplace (and the timeline says
     * it came from the event), through {@link ProcessService#takeWorkplaceFromMatch}.
     */
    @Transactional
    public void acceptOffer(CurrentUser user, long eventId, long bookingId, long expectedVersion) {
        Interview i = load(eventId, bookingId);
        InclusionProcess process = processes.findById(i.processId())
                .orElseThrow(() -> new NotFoundException("process", i.processId()));
        policy.require(user, Permission.EDIT_CASE, process.scope(), EventService.BOOKING_RESOURCE);
        checkVersion(i, expectedVersion);
        if (i.decision() == null || !i.decision().offer()) {
            throw new ConflictException("events.interview.noOffer");
        }
        if (i.offerAcceptedAt() != null) {
            throw new ConflictException("events.interview.acceptedAlready");
        }
        update(bookingId, expectedVersion, "offer_accepted_at = :now", "now", Timestamp.from(clock.instant()));
        Organiser organiser = jdbc.sql("select o.name, e.created_by, e.organiser_office_id from event e "
                + "join office o on o.id = e.organiser_office_id where e.id = :id").param("id", eventId)
                .query((rs, n) -> new Organiser(rs.getString(1), rs.getLong(2), rs.getString(3))).single();
        needs.matchFromEvent(user, i.processId(), i.employerId(),
                new NeedService.EventOrigin(i.eventTitle(), organiser.userId(), organiser.unitId()));
        processService.takeWorkplaceFromMatch(user, i.processId(), i.employerId(),
                String.join("|", "EVENT", clean(i.eventTitle()), clean(organiser.unitName()), clean(i.employerName())));
    }

    private record Organiser(String unitName, long userId, String unitId) {
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('|', '/');
    }

    /** The counsellor's view of the bookings of their office's cases at this event (to accept offers). */
    @Transactional
    public List<Interview> forCounsellor(CurrentUser user, long eventId) {
        if (policy.eventAccess(user) != EventAccess.BOOK) {
            return List.of();
        }
        List<Interview> rows = jdbc.sql(SELECT + """
                  join inclusion_process p on p.id = b.process_id
                 where b.event_id = :event and b.cancelled_at is null and p.office_id = :office
                 order by s.starts_at""")
                .param("event", eventId).param("office", user.officeId()).query((rs, n) -> row(rs)).list();
        audit.allowedForEach(user, AuditAction.READ, EventService.BOOKING_RESOURCE,
                rows.stream().map(Interview::candidateId).toList(), "EVENT_BOOKING");
        return rows;
    }

    // ------------------------------------------------------------------ the candidate

    /** Her own bookings (she chooses whether her counsellor joins). */
    @Transactional
    public List<Interview> forCandidate(CurrentUser user) {
        policy.requireCandidate(user);
        List<Interview> rows = jdbc.sql(SELECT + """
                 where b.candidate_id = :c and b.cancelled_at is null and e.state in ('PUBLISHED', 'HELD')
                 order by s.starts_at""")
                .param("c", user.candidateId()).query((rs, n) -> row(rs)).list();
        if (!rows.isEmpty()) {
            audit.allowed(user, AuditAction.READ, EventService.BOOKING_RESOURCE, user.candidateId(), "OWN_CASE");
        }
        return rows;
    }

    @Transactional
    public void chooseCompanion(CurrentUser user, long bookingId, long expectedVersion, Boolean counsellorJoins) {
        policy.requireCandidate(user);
        Interview i = jdbc.sql(SELECT + " where b.id = :id and b.cancelled_at is null").param("id", bookingId)
                .query((rs, n) -> row(rs)).optional()
                .filter(r -> r.candidateId() == user.candidateId())
                .orElseThrow(() -> new NotFoundException(EventService.BOOKING_RESOURCE, bookingId));
        if (counsellorJoins == null) {
            throw new RuleViolationException("counsellorJoins", "events.validation.companion");
        }
        audit.allowed(user, AuditAction.WRITE, EventService.BOOKING_RESOURCE, user.candidateId(), "OWN_CASE");
        checkVersion(i, expectedVersion);
        update(bookingId, expectedVersion, "counsellor_joins = :j", "j", counsellorJoins);
        publisher.publishEvent(new NotificationRequested(i.bookedBy(), counsellorJoins
                ? "events.notification.companionYes" : "events.notification.companionNo",
                List.of(i.candidateName(), i.employerName()), "/events/" + i.eventId(), i.processId()));
    }

    // ------------------------------------------------------------------ the employer's page and the summary

    /** The employer's own interviews: its events' booked candidates, decided or not. Nothing of anyone else. */
    @Transactional
    public List<Interview> forOwnEmployer(CurrentUser user) {
        if (policy.eventAccess(user) != EventAccess.OWN_EMPLOYER) {
            return List.of();
        }
        List<Interview> rows = jdbc.sql(SELECT + """
                 where x.employer_id = :employer and b.cancelled_at is null and e.state <> 'DRAFT'
                 order by s.starts_at desc limit 200""")
                .param("employer", user.employerId()).query((rs, n) -> row(rs)).list();
        audit.allowedForEach(user, AuditAction.READ, EventService.BOOKING_RESOURCE,
                rows.stream().map(Interview::candidateId).toList(), "EVENT_INTERVIEW");
        return rows;
    }

    /** Booked, met, no-shows, offers and starts (accepted offers) of one event: numbers only, no one's name. */
    public record InterviewSummary(int booked, int met, int noShows, int offers, int starts, int employersAttended) {
    }

    @Transactional(readOnly = true)
    public InterviewSummary summary(long eventId) {
        return jdbc.sql("""
                select count(*) filter (where b.id is not null),
                       count(*) filter (where b.attendance = 'MET'),
                       count(*) filter (where b.attendance = 'NO_SHOW'),
                       count(*) filter (where b.decision in ('ARBEIDSTRENING', 'JOB')),
                       count(*) filter (where b.offer_accepted_at is not null),
                       (select count(*) from event_employer x where x.event_id = :event and x.attended)
                  from event_booking b where b.event_id = :event and b.cancelled_at is null""")
                .param("event", eventId)
                .query((rs, n) -> new InterviewSummary(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)))
                .single();
    }

    /** At a breakfast: whether the employer came (the market contact follows up those who did). */
    @Transactional
    public void recordEmployerAttendance(CurrentUser user, long eventId, long partId, boolean attended) {
        events.details(user, eventId);
        int changed = jdbc.sql("""
                update event_employer set attended = :a, version = version + 1
                 where id = :id and event_id = :event""")
                .param("a", attended).param("id", partId).param("event", eventId).update();
        if (changed == 0) {
            throw new NotFoundException("event-employer", partId);
        }
    }
}
