package no.treklover.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The inputs of {@link FollowUpCadence} as correlated sub-selects on an {@code inclusion_process p} row, so that a
 * list query (the caseload, the digest) stays one query over indexed lookups: when the process entered Oppstart,
 * its latest held follow-up, its interval (process's own, else office's), and its overdue action items. Needs the
 * parameter {@code :cadenceToday} (the Oslo day).
 */
public final class CadenceColumns {

    public static final String SELECT = """
            (select min(ce.occurred_at) from process_event ce
              where ce.process_id = p.id and ce.to_phase = 'START_UP') as cadence_entered_start_up,
            (select max(cm.starts_at) from meeting cm
              where cm.process_id = p.id and cm.status = 'HELD' and cm.type <> 'OPPSTARTSMOTE') as cadence_last_held,
            coalesce((select cs.follow_up_interval_weeks from meeting_process_settings cs where cs.process_id = p.id),
                     (select co.follow_up_interval_weeks from meeting_office_settings co
                       where co.office_id = p.office_id)) as cadence_interval_weeks,
            (select count(*) from meeting_action_item ci join meeting cim on cim.id = ci.meeting_id
              where cim.process_id = p.id and not ci.done and ci.due_date < :cadenceToday) as cadence_overdue_items
            """;

    private CadenceColumns() {
    }

    /** The cadence of the row's process; empty unless it is open in Oppstart or Oppfølging with a start. */
    public static Optional<FollowUpCadence.Status> status(ResultSet rs, String phase, boolean open,
            LocalDate startDate, Instant now) throws SQLException {
        if (!open || !("START_UP".equals(phase) || "FOLLOW_UP".equals(phase))) {
            return Optional.empty();
        }
        Timestamp entered = rs.getTimestamp("cadence_entered_start_up");
        Timestamp lastHeld = rs.getTimestamp("cadence_last_held");
        Integer weeks = (Integer) rs.getObject("cadence_interval_weeks");
        return FollowUpCadence.start(startDate, entered == null ? null : entered.toInstant(), ICalendar.OSLO)
                .map(start -> FollowUpCadence.evaluate(start,
                        lastHeld == null ? java.util.List.of() : java.util.List.of(lastHeld.toInstant()),
                        FollowUpCadence.interval(weeks, null), now, ICalendar.OSLO));
    }

    public static long overdueActionItems(ResultSet rs) throws SQLException {
        return rs.getLong("cadence_overdue_items");
    }
}
