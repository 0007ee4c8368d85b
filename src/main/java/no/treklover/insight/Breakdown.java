package no.treklover.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.treklover.contact.CollaborationIndicators;
import no.treklover.contact.Counterpart;
import no.treklover.contact.FrequencyBand;
import no.treklover.meeting.CadenceColumns;
import no.treklover.process.Attachment;
import no.treklover.process.AttachmentAtEnd;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Initiative;
import no.treklover.process.Outcome;

/**
 * One table of the statistics: which processes it counts (those whose {@code dateColumn} lies in the period), by
 * which column, into which categories (seed 000 tables 3, 4 and 7, the status twelve months after and the
 * attachment at the end). The SQL names are fixed text here, never input. A process without the column filled in
 * counts as {@link #NOT_RECORDED}. {@link #MENTOR_USE} counts counsellors instead (seed 000 table 2);
 * {@link #FOLLOW_UP_CADENCE} decides each open process's category by the caseload's own rule.
 */
public enum Breakdown {

    OUTCOME("p.outcome", "end_date", "p.phase in ('CLOSURE', 'POST_CHECK')", "outcome.", names(Outcome.values())),
    POST_CHECK("p.follow_up_status", "post_check_date", "p.phase = 'POST_CHECK'", "followUpStatus.",
            names(Arrays.stream(FollowUpStatus.values()).filter(s -> s != FollowUpStatus.NOT_DUE)
                    .toArray(Enum[]::new))),
    INITIATIVE("p.initiative", "start_date", "true", "initiative.", names(Initiative.values())),
    ATTACHMENT("p.attachment_at_start", "start_date", "true", "attachment.", names(Attachment.values())),
    ATTACHMENT_AT_END("p.attached_at_end", "end_date", "p.phase in ('CLOSURE', 'POST_CHECK')", "attachedAtEnd.",
            names(AttachmentAtEnd.values())),
    /**
     * The office's counsellors by how many of their processes had the mentor grant (a MENTOR measure) running in
     * the period: each counsellor of the office once, those without any in {@link MentorUseBand#NONE}.
     */
    MENTOR_USE("insight.mentorUse.", names(MentorUseBand.values()),
            "select u.office_id, " + MentorUseBand.sqlCase("coalesce(m.n, 0)") + " as category, count(*) as n "
                    + "from app_user u left join (" + mentorProcessesPerCounsellor(
                            "m.start_date <= :to and coalesce(m.end_date, :to) >= :from") + ") m "
                    + "on m.counsellor_id = u.id "
                    + "where u.role = 'COUNSELLOR' and u.office_id is not null "
                    + "group by u.office_id, category",
            "select null as office_id, " + MentorUseBand.sqlCase("m.n") + " as category, count(*) as n from ("
                    + mentorProcessesPerCounsellor("p.id in (:ids)") + ") m group by category"),
    /**
     * Follow-up compliance (BRIEF §4/§5) today, whatever the period: the processes open in Oppstart or Oppfølging by
     * whether their follow-up cadence is kept or overdue, decided per process by {@link CadenceColumns} exactly as the
     * caseload marks it; one without a start to count from is {@link #NOT_RECORDED}.
     */
    FOLLOW_UP_CADENCE("insight.cadence.", List.of("KEPT", "OVERDUE", Breakdown.NOT_RECORDED),
            cadenceRows("p.open and p.phase in ('START_UP', 'FOLLOW_UP')"),
            cadenceRows("p.id in (:ids) and p.open and p.phase in ('START_UP', 'FOLLOW_UP')"),
            (rs, now) -> CadenceColumns.status(rs, rs.getString("phase"), rs.getBoolean("open"),
                    rs.getObject("start_date", java.time.LocalDate.class), now)
                    .map(status -> status.overdue() ? "OVERDUE" : "KEPT").orElse(Breakdown.NOT_RECORDED)),
    /**
     * The employers contacted before one was chosen, the chosen one included (BRIEF §3.2), in bands, for the
     * processes that started in the period, as the attachment at start counts them.
     */
    EMPLOYERS_CONTACTED(EmployersContactedBand.sqlCase("p.employers_contacted"), "start_date", "true",
            "insight.employersContacted.", names(EmployersContactedBand.values())),
    /**
     * Collaboration quality (seed 000 table 5, kontakthyppighet) with the candidate: the processes open in Oppstart
     * or Oppfølging today by how often the counsellor was in contact with the candidate in the last 12 weeks, each
     * banded by {@link CollaborationIndicators} exactly as the process page's contact card bands it.
     */
    COLLABORATION_CANDIDATE("contact.band.", names(FrequencyBand.values()),
            collaborationRows(Counterpart.CANDIDATE, Breakdown.OPEN_IN_FOLLOW_UP),
            collaborationRows(Counterpart.CANDIDATE, "p.id in (:ids)"), Breakdown::frequencyBand),
    /** The same with the mentor at the workplace (table 5's second column). */
    COLLABORATION_MENTOR("contact.band.", names(FrequencyBand.values()),
            collaborationRows(Counterpart.MENTOR, Breakdown.OPEN_IN_FOLLOW_UP),
            collaborationRows(Counterpart.MENTOR, "p.id in (:ids)"), Breakdown::frequencyBand),
    /**
     * The needs board's results (issue 15: resolved locally vs escalated): per process whose need left the board
     * in the period, its latest such need, by whether it was matched without going to the Arbeidslivssenter,
     * matched after it was escalated there, or closed without a match; counted at the need's office.
     */
    NEEDS_BOARD("insight.needs.", List.of("MATCHED_LOCALLY", "MATCHED_ESCALATED", "CLOSED"),
            needResults("(n.state_changed_at at time zone 'Europe/Oslo')::date between :from and :to"),
            needResults("n.process_id in (:ids)")),
    /**
     * Event results (job fairs and the like, issue 13): each candidate booked at an event that started in the
     * period once, by her best result there (started, offered, met without an offer, not yet recorded, did not
     * come), at the office of her process; the events' own summary counts the same bookings.
     */
    EVENT_RESULTS("insight.events.", List.of("STARTED", "OFFER", "MET_NO_OFFER", "NO_SHOW", Breakdown.NOT_RECORDED),
            eventResults("e.state <> 'CANCELLED' and (e.starts_at at time zone 'Europe/Oslo')::date "
                    + "between :from and :to"),
            eventResults("b.process_id in (:ids)"));

    public static final String NOT_RECORDED = "NOT_RECORDED";

    /** The processes in the mentor measure's follow-up today. */
    private static final String OPEN_IN_FOLLOW_UP = "p.open and p.phase in ('START_UP', 'FOLLOW_UP')";

    private final String messagePrefix;
    private final List<String> categories;
    private final String countsByOfficeSql;
    private final String rawCountsSql;
    private final RowCategory rowCategory;

    /** The category of one row of a table counted process by process. */
    @FunctionalInterface
    interface RowCategory {
        String of(ResultSet rs, Instant now) throws SQLException;
    }

    /**
     * A table of processes by one of their columns (or an expression over {@code p}, the process), with
     * {@link #NOT_RECORDED} for those without it.
     */
    Breakdown(String column, String dateColumn, String condition, String messagePrefix, List<String> categories) {
        this(messagePrefix, Stream.concat(categories.stream(), Stream.of(NOT_RECORDED)).toList(),
                "select p.office_id, coalesce(" + column + ", '" + NOT_RECORDED + "') as category, count(*) as n "
                        + "from inclusion_process p "
                        + "where p." + dateColumn + " between :from and :to and " + condition + " "
                        + "group by p.office_id, category",
                "select p.office_id, coalesce(" + column + ", '" + NOT_RECORDED + "') as category, count(*) as n "
                        + "from inclusion_process p where p.id in (:ids) group by p.office_id, category");
    }

    /** A table counted in SQL: its statements give {@code office_id}, {@code category} and {@code n}. */
    Breakdown(String messagePrefix, List<String> categories, String countsByOfficeSql, String rawCountsSql) {
        this(messagePrefix, categories, countsByOfficeSql, rawCountsSql, null);
    }

    /**
     * A table counted process by process: its statements give one row per process ({@code office_id} and what the
     * rule reads), each counting once in the category the rule gives.
     */
    Breakdown(String messagePrefix, List<String> categories, String countsByOfficeSql, String rawCountsSql,
            RowCategory rowCategory) {
        this.messagePrefix = messagePrefix;
        this.categories = categories;
        this.countsByOfficeSql = countsByOfficeSql;
        this.rawCountsSql = rawCountsSql;
        this.rowCategory = rowCategory;
    }

    /**
     * Per process that meets the condition, its first day and its contacts with the counterpart up to today
     ({@code :cadenceToday}, Oslo days): in the indicators' window and in all, counted in SQL so that no contact is
     * read one by one.
     */
    private static String collaborationRows(Counterpart counterpart, String condition) {
        String day = "(c.occurred_at at time zone 'Europe/Oslo')::date";
        String started = "(p.created_at at time zone 'Europe/Oslo')::date";
        return "select p.office_id, " + started + " as started, count(c.id) filter (where " + day
                + " >= greatest(cast(:cadenceToday as date) - " + (CollaborationIndicators.WINDOW_DAYS - 1) + ", "
                + started + ")) as in_window, count(c.id) as in_process "
                + "from inclusion_process p left join contact_entry c on c.process_id = p.id and c.counterpart = '"
                + counterpart.name() + "' and " + day + " <= cast(:cadenceToday as date) "
                + "where " + condition + " group by p.id";
    }

    /** Per process with a need that left the board (matched or closed) and meets the condition, the latest. */
    private static String needResults(String condition) {
        return "select office_id, category, count(*) as n from (select distinct on (n.process_id) n.office_id, "
                + "case when n.state = 'CLOSED' then 'CLOSED' when n.escalated_at is null then 'MATCHED_LOCALLY' "
                + "else 'MATCHED_ESCALATED' end as category from need n "
                + "where n.state in ('MATCHED', 'CLOSED') and " + condition + " "
                + "order by n.process_id, n.state_changed_at desc, n.id desc) x group by office_id, category";
    }

    /** Per candidate booked (not cancelled) where the condition holds, her best result, at her process's office. */
    private static String eventResults(String condition) {
        return "select office_id, case r when 5 then 'STARTED' when 4 then 'OFFER' when 3 then 'MET_NO_OFFER' "
                + "when 2 then '" + NOT_RECORDED + "' else 'NO_SHOW' end as category, count(*) as n from ("
                + "select min(p.office_id) as office_id, max(case when b.offer_accepted_at is not null then 5 "
                + "when b.decision in ('ARBEIDSTRENING', 'JOB') then 4 when b.attendance = 'MET' then 3 "
                + "when b.attendance is null then 2 else 1 end) as r "
                + "from event_booking b join event e on e.id = b.event_id "
                + "join inclusion_process p on p.id = b.process_id "
                + "where b.cancelled_at is null and " + condition + " group by b.candidate_id) x "
                + "group by office_id, category";
    }

    private static String frequencyBand(ResultSet rs, Instant now) throws SQLException {
        return CollaborationIndicators.band(rs.getObject("started", java.time.LocalDate.class),
                java.time.LocalDate.ofInstant(now, no.treklover.platform.text.NorwegianFormat.OSLO),
                rs.getInt("in_window"), rs.getInt("in_process")).name();
    }

    /** The open processes that meet the condition, with what {@link CadenceColumns} reads (needs :cadenceToday). */
    private static String cadenceRows(String condition) {
        return "select p.office_id, p.phase, p.open, p.start_date, " + CadenceColumns.SELECT
                + " from inclusion_process p where " + condition;
    }

    /** The category of a row of the statements, or null when the statements count in SQL. */
    RowCategory rowCategory() {
        return rowCategory;
    }

    /** Per counsellor, her processes with a MENTOR measure that meets the condition (on p and m). */
    private static String mentorProcessesPerCounsellor(String condition) {
        return "select p.counsellor_id, count(distinct p.id) as n from inclusion_process p "
                + "join process_measure m on m.process_id = p.id and m.type = 'MENTOR' "
                + "where " + condition + " group by p.counsellor_id";
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The categories in the order of the table (the process tables' last being {@link #NOT_RECORDED}). */
    public List<String> categories() {
        return categories;
    }

    /** The message key of a category's name. */
    public String label(String category) {
        return NOT_RECORDED.equals(category) ? "insight.notRecorded" : messagePrefix + category;
    }

    /**
     * Counts per office and category of every office, for processes dated in the period: every view is suppressed
     * from the whole hierarchy, so that they all publish each unit's row alike.
     */
    String countsByOfficeSql() {
        return countsByOfficeSql;
    }

    /**
     * Counts per category of the given processes ({@code :ids}), whatever their dates and phase: the figures of a
     * fixed set of cases such as the baseline study's 21, before any suppression. For {@link #MENTOR_USE} the
     * counsellors with a MENTOR measure on any of them, by on how many.
     */
    String rawCountsSql() {
        return rawCountsSql;
    }
}
