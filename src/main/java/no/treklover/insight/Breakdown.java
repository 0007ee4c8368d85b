package no.treklover.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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

    OUTCOME("outcome", "end_date", "p.phase in ('CLOSURE', 'POST_CHECK')", "outcome.", names(Outcome.values())),
    POST_CHECK("follow_up_status", "post_check_date", "p.phase = 'POST_CHECK'", "followUpStatus.",
            names(Arrays.stream(FollowUpStatus.values()).filter(s -> s != FollowUpStatus.NOT_DUE)
                    .toArray(Enum[]::new))),
    INITIATIVE("initiative", "start_date", "true", "initiative.", names(Initiative.values())),
    ATTACHMENT("attachment_at_start", "start_date", "true", "attachment.", names(Attachment.values())),
    ATTACHMENT_AT_END("attached_at_end", "end_date", "p.phase in ('CLOSURE', 'POST_CHECK')", "attachedAtEnd.",
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
                    .map(status -> status.overdue() ? "OVERDUE" : "KEPT").orElse(Breakdown.NOT_RECORDED));

    public static final String NOT_RECORDED = "NOT_RECORDED";

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

    /** A table of processes by one of their columns, with {@link #NOT_RECORDED} for those without it. */
    Breakdown(String column, String dateColumn, String condition, String messagePrefix, List<String> categories) {
        this(messagePrefix, Stream.concat(categories.stream(), Stream.of(NOT_RECORDED)).toList(),
                "select p.office_id, coalesce(p." + column + ", '" + NOT_RECORDED + "') as category, count(*) as n "
                        + "from inclusion_process p "
                        + "where p." + dateColumn + " between :from and :to and " + condition + " "
                        + "group by p.office_id, category",
                "select p.office_id, coalesce(p." + column + ", '" + NOT_RECORDED + "') as category, count(*) as n "
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
