package no.treklover.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.meeting.ICalendar;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.text.NorwegianFormat;
import no.treklover.platform.validation.DateRanges;
import no.treklover.platform.web.PageBounds;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's meetings not tied to one process (issue 14): the office leader plans them (date and time, agenda,
 * participants), the office's counsellors take part (read them, write the notes, present anonymised cases). They hold
 * no candidate data: a case is shown only as its anonymised copy, once its author has marked it ready.
 */
@Service
public class OfficeMeetingService {

    static final int AGENDA_ITEM_MAX = 500;
    static final int NOTES_MAX = 8000;
    static final int CANCEL_REASON_MAX = 500;

    /** One meeting in the office's list. */
    public record OfficeMeetingRow(long id, OfficeMeetingType type, String title, Instant startsAt, int durationMinutes,
            String place, int participants, int readyCases, boolean cancelled) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final OfficeStaff staff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OfficeMeetingService(JdbcClient jdbc, AccessPolicy policy, OfficeStaff staff, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.staff = staff;
        this.clock = clock;
        this.events = events;
    }

    /** Which of the office's meetings a list shows: from today on, soonest first, or before today, latest first. */
    public enum MeetingTime {
        UPCOMING("and m.starts_at >= :from", "m.starts_at, m.id"),
        PAST("and m.starts_at < :from", "m.starts_at desc, m.id desc");

        private final String condition;
        private final String order;

        MeetingTime(String condition, String order) {
            this.condition = condition;
            this.order = order;
        }
    }

    /**
     * One page of the office's meetings, each with its number of participants and ready cases, and the number of
     * such meetings: one statement.
     */
    @Transactional(readOnly = true)
    public Page<OfficeMeetingRow> list(CurrentUser user, MeetingTime time, PageBounds page) {
        policy.requireLearning(user, user.officeId(), false);
        long[] total = {0};
        List<OfficeMeetingRow> rows = rows(time.condition, time.order, user.officeId(), startOf(today()),
                page.size(), page.offset(), total);
        if (rows.isEmpty() && page.page() > 0) {
            total[0] = jdbc.sql("select count(*) from office_meeting m where m.office_id = :office " + time.condition)
                    .param("office", user.officeId()).param("from", Timestamp.from(startOf(today())))
                    .query(Long.class).single();
        }
        return new PageImpl<>(rows, page.pageRequest(), total[0]);
    }

    /**
     * The office's experience exchanges from yesterday on, soonest first: where a counsellor may present a case. Chosen
     * in SQL, not from the latest meetings {@link #list} shows, which meetings planned far ahead could crowd out.
     */
    @Transactional(readOnly = true)
    public List<OfficeMeetingRow> upcomingExchanges(CurrentUser user) {
        if (!policy.learningAccess(user).takesPart()) {
            return List.of();
        }
        return rows("and m.type = 'EXPERIENCE_EXCHANGE' and m.cancelled_at is null and m.starts_at >= :from",
                "m.starts_at, m.id", user.officeId(), startOf(today().minusDays(1)), 200, 0, new long[1]);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeMeeting.OSLO));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(OfficeMeeting.OSLO).toInstant();
    }

    /**
     * Some of an office's meetings, with how many match in {@code total[0]}; {@code condition} and {@code order} are
     * fixed SQL text, never input.
     */
    private List<OfficeMeetingRow> rows(String condition, String order, String officeId, Instant from, int limit,
            long offset, long[] total) {
        return jdbc.sql("""
                        select m.id, m.type, m.title, m.starts_at, m.duration_minutes, m.place,
                               (select count(*) from office_meeting_participant p where p.meeting_id = m.id) as participants,
                               (select count(*) from anonymised_case c where c.meeting_id = m.id and c.ready_at is not null)
                                   as ready_cases, m.cancelled_at is not null as cancelled, count(*) over () as total
                        from office_meeting m
                        where m.office_id = :office
                        """ + condition + " order by " + order + " limit :limit offset :offset")
                .param("office", officeId).param("from", Timestamp.from(from))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new OfficeMeetingRow(rs.getLong("id"), OfficeMeetingType.valueOf(rs.getString("type")),
                            rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                            rs.getInt("duration_minutes"), rs.getString("place"), rs.getInt("participants"),
                            rs.getInt("ready_cases"), rs.getBoolean("cancelled"));
                })
                .list();
    }

    /**
     * The meeting with its agenda, participants and the cases this user sees: the ready ones, and her own drafts
     * (with their process, which nobody else is shown).
     */
    @Transactional(readOnly = true)
    public OfficeMeeting get(CurrentUser user, long id) {
        OfficeMeeting meeting = find(id);
        policy.requireLearning(user, meeting.officeId(), false);
        List<AnonymisedCase> cases = jdbc.sql(AnonymisedCaseService.SELECT + """
                         where c.meeting_id = :m and (c.ready_at is not null or c.author_id = :user)
                         order by c.ready_at nulls last, c.id""")
                .param("m", id).param("user", user.id()).query(AnonymisedCaseService::row).list().stream()
                .map(c -> c.authorId() == user.id() ? c : c.withoutProcess()).toList();
        return meeting.withCases(cases);
    }

    /** The meeting's office, for the other services' access checks. */
    String officeOf(long id) {
        return jdbc.sql("select office_id from office_meeting where id = :id").param("id", id).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("office-meeting", id));
    }

    @Transactional
    public OfficeMeeting plan(CurrentUser user, OfficeMeetingDetails details) {
        policy.requireLearning(user, user.officeId(), true);
        List<String> agenda = check(user, details);
        long id = jdbc.sql("""
                        insert into office_meeting (office_id, type, title, starts_at, duration_minutes, place, created_by,
                                                    created_at)
                        values (:office, :type, :title, :starts, :duration, :place, :user, :now) returning id""")
                .param("office", user.officeId()).param("type", details.type().name())
                .param("title", details.title().strip())
                .param("starts", Timestamp.from(details.startsAt().atZone(OfficeMeeting.OSLO).toInstant()))
                .param("duration", details.durationMinutes()).param("place", ReflectionDetails.clean(details.place()))
                .param("user", user.id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Set<Long> participants = new LinkedHashSet<>();
        participants.add(user.id());
        if (details.participantIds() != null) {
            participants.addAll(details.participantIds());
        }
        for (Long participant : participants) {
            jdbc.sql("insert into office_meeting_participant (meeting_id, user_id) values (:m, :u)")
                    .param("m", id).param("u", participant).update();
        }
        for (String item : agenda) {
            addItem(id, item, null);
        }
        return get(user, id);
    }

    /**
     * Changes a planned meeting (the office leader): its type, title, time, place and participants (she stays one);
     * the agenda is changed item by item. A new version of the calendar entry (SEQUENCE), and every participant but
     * her is told. 409 on a stale version or a cancelled meeting.
     */
    @Transactional
    public OfficeMeeting update(CurrentUser user, long id, long expectedVersion, OfficeMeetingDetails details) {
        OfficeMeeting meeting = find(id);
        policy.requireLearning(user, meeting.officeId(), true);
        if (meeting.cancelled()) {
            throw new ConflictException("learning.meeting.conflict.cancelled");
        }
        check(user, details);
        int changed = jdbc.sql("""
                        update office_meeting set type = :type, title = :title, starts_at = :starts,
                               duration_minutes = :duration, place = :place, sequence = sequence + 1,
                               version = version + 1
                        where id = :id and version = :version and cancelled_at is null""")
                .param("type", details.type().name()).param("title", details.title().strip())
                .param("starts", Timestamp.from(details.startsAt().atZone(OfficeMeeting.OSLO).toInstant()))
                .param("duration", details.durationMinutes()).param("place", ReflectionDetails.clean(details.place()))
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        Set<Long> participants = new LinkedHashSet<>();
        participants.add(user.id());
        if (details.participantIds() != null) {
            participants.addAll(details.participantIds());
        }
        jdbc.sql("delete from office_meeting_participant where meeting_id = :m and not (user_id = any(:keep))")
                .param("m", id).param("keep", participants.toArray(new Long[0])).update();
        for (Long participant : participants) {
            jdbc.sql("insert into office_meeting_participant (meeting_id, user_id) values (:m, :u) "
                    + "on conflict do nothing").param("m", id).param("u", participant).update();
        }
        OfficeMeeting saved = find(id);
        tell(user, saved, "learning.notification.meetingChanged", null);
        return get(user, id);
    }

    /**
     * Cancels a meeting that has not been cancelled (the office leader): it stays in the list, marked, with the reason;
     * every participant but her is told, and the calendar entry becomes a cancellation (METHOD:CANCEL).
     */
    @Transactional
    public OfficeMeeting cancel(CurrentUser user, long id, long expectedVersion, String reason) {
        OfficeMeeting meeting = find(id);
        policy.requireLearning(user, meeting.officeId(), true);
        if (meeting.cancelled()) {
            throw new ConflictException("learning.meeting.conflict.cancelled");
        }
        String why = ReflectionDetails.clean(reason);
        if (why != null && why.length() > CANCEL_REASON_MAX) {
            throw new RuleViolationException("reason", "learning.validation.cancelReason");
        }
        int changed = jdbc.sql("""
                        update office_meeting set cancelled_at = :now, cancel_reason = :reason, sequence = sequence + 1,
                               version = version + 1
                        where id = :id and version = :version and cancelled_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("reason", why).param("id", id)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        tell(user, meeting, why == null ? "learning.notification.meetingCancelledNoReason"
                : "learning.notification.meetingCancelled", why);
        return get(user, id);
    }

    private void tell(CurrentUser user, OfficeMeeting meeting, String key, String reason) {
        String when = NorwegianFormat.dateTime(meeting.startsAt().atZone(OfficeMeeting.OSLO));
        List<String> args = reason == null ? List.of(meeting.title(), when)
                : List.of(meeting.title(), when, reason);
        meeting.participants().stream().filter(p -> p.userId() != user.id())
                .forEach(p -> events.publishEvent(new NotificationRequested(p.userId(), key, args,
                        "/learning/meetings/" + meeting.id(), null)));
    }

    /** The meeting as a calendar entry (RFC 5545): a request, or once cancelled its cancellation. */
    @Transactional(readOnly = true)
    public String ics(CurrentUser user, long id) {
        OfficeMeeting m = get(user, id);
        ICalendar.Event event = new ICalendar.Event("office-meeting-" + m.id() + "@treklover.nav.no", m.sequence(),
                m.startsAt(), m.endsAt(), m.title(), null, m.place(), m.cancelled(), null, List.of());
        return ICalendar.write(m.cancelled() ? ICalendar.Method.CANCEL : ICalendar.Method.PUBLISH, List.of(event),
                clock.instant());
    }

    /** The meeting's notes, by anyone who takes part in the office's meetings. */
    @Transactional
    public OfficeMeeting saveNotes(CurrentUser user, long id, long expectedVersion, String notes) {
        OfficeMeeting meeting = find(id);
        policy.requireLearning(user, meeting.officeId(), false);
        String text = ReflectionDetails.clean(notes);
        if (text != null && text.length() > NOTES_MAX) {
            throw new RuleViolationException("notes", "learning.validation.notes");
        }
        int changed = jdbc.sql("update office_meeting set notes = :notes, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("notes", text).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return get(user, id);
    }

    /** An item at the end of the agenda (from the question bank: {@code questionId}); the office leader's. */
    @Transactional
    public OfficeMeeting addAgendaItem(CurrentUser user, long id, String text, Long questionId) {
        OfficeMeeting meeting = find(id);
        policy.requireLearning(user, meeting.officeId(), true);
        String item = ReflectionDetails.clean(text);
        if (item == null || item.length() > AGENDA_ITEM_MAX) {
            throw new RuleViolationException("text", "learning.validation.agendaItem");
        }
        addItem(id, item, questionId);
        return get(user, id);
    }

    private void addItem(long meetingId, String text, Long questionId) {
        jdbc.sql("""
                        insert into office_meeting_agenda_item (meeting_id, position, text, question_id)
                        values (:m, (select coalesce(max(position), 0) + 1 from office_meeting_agenda_item
                                     where meeting_id = :m), :text, :q)""")
                .param("m", meetingId).param("text", text).param("q", questionId).update();
    }

    /** The agenda's items (one a line), after the rules that need more than the record's annotations. */
    private List<String> check(CurrentUser user, OfficeMeetingDetails details) {
        List<RuleViolationException.Violation> violations = new ArrayList<>();
        if (DateRanges.outside(details.startsAt())) {
            violations.add(new RuleViolationException.Violation("startsAt", "validation.dateRange"));
        }
        List<String> agenda = new ArrayList<>();
        if (details.agenda() != null) {
            for (String line : details.agenda().split("\\R")) {
                String item = line.strip();
                if (item.length() > AGENDA_ITEM_MAX) {
                    violations.add(new RuleViolationException.Violation("agenda", "learning.validation.agendaItem"));
                    break;
                }
                if (!item.isEmpty()) {
                    agenda.add(item);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        staff.requireAll(user.officeId(), details.participantIds(), "participantIds");
        return agenda;
    }

    private OfficeMeeting find(long id) {
        OfficeMeeting meeting = jdbc.sql("""
                        select id, office_id, type, title, starts_at, duration_minutes, place, notes, version,
                               sequence, cancelled_at, cancel_reason
                        from office_meeting where id = :id""")
                .param("id", id).query(OfficeMeetingService::meeting).optional()
                .orElseThrow(() -> new NotFoundException("office-meeting", id));
        List<OfficeMeeting.AgendaItem> agenda = jdbc.sql("""
                        select id, position, text, question_id from office_meeting_agenda_item
                        where meeting_id = :id order by position, id""")
                .param("id", id).query((rs, n) -> new OfficeMeeting.AgendaItem(rs.getLong("id"),
                        rs.getInt("position"), rs.getString("text"), (Long) rs.getObject("question_id"))).list();
        List<OfficeMeeting.Participant> participants = jdbc.sql("""
                        select u.id, u.display_name from office_meeting_participant p join app_user u on u.id = p.user_id
                        where p.meeting_id = :id order by u.display_name, u.id""")
                .param("id", id).query((rs, n) -> new OfficeMeeting.Participant(rs.getLong("id"),
                        rs.getString("display_name"))).list();
        return new OfficeMeeting(meeting.id(), meeting.officeId(), meeting.type(), meeting.title(),
                meeting.startsAt(), meeting.durationMinutes(), meeting.place(), meeting.notes(), meeting.version(),
                agenda, participants, List.of(), meeting.sequence(), meeting.cancelledAt(), meeting.cancelReason());
    }

    private static OfficeMeeting meeting(ResultSet rs, int n) throws SQLException {
        return new OfficeMeeting(rs.getLong("id"), rs.getString("office_id"),
                OfficeMeetingType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(), rs.getInt("duration_minutes"), rs.getString("place"),
                rs.getString("notes"), rs.getLong("version"), List.of(), List.of(), List.of(), rs.getInt("sequence"),
                rs.getTimestamp("cancelled_at") == null ? null : rs.getTimestamp("cancelled_at").toInstant(),
                rs.getString("cancel_reason"));
    }
}
