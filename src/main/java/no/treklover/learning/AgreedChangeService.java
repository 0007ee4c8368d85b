package no.treklover.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.StaleVersionException;
import no.treklover.platform.validation.DateRanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's agreed changes in practice (issue 14): recorded by the office leader (from a meeting or on their own),
 * each with an owner of the office and a due date, followed up by the leader or the owner, shown to the office until
 * done; open ones past their due date are overdue.
 */
@Service
public class AgreedChangeService {

    private static final String SELECT = """
            select c.id, c.office_id, c.meeting_id, m.title as meeting_title, c.text, c.owner_id,
                   u.display_name as owner_name, c.due_date, c.follow_up_note, c.status, c.version
            from agreed_change c join app_user u on u.id = c.owner_id
            left join office_meeting m on m.id = c.meeting_id
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final OfficeStaff staff;
    private final OfficeMeetingService meetings;
    private final Clock clock;

    AgreedChangeService(JdbcClient jdbc, AccessPolicy policy, OfficeStaff staff, OfficeMeetingService meetings,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.staff = staff;
        this.meetings = meetings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeMeeting.OSLO));
    }

    /** The office's open changes, most overdue first, and those done in the last 90 days. */
    @Transactional(readOnly = true)
    public List<AgreedChange> list(CurrentUser user) {
        policy.requireLearning(user, user.officeId(), false);
        return jdbc.sql(SELECT + """
                        where c.office_id = :office
                          and (c.status = 'OPEN' or c.done_at > now() - interval '90 days')
                        order by c.status desc, c.due_date, c.id""")
                .param("office", user.officeId()).query(AgreedChangeService::row).list();
    }

    boolean managesOwnOffice(CurrentUser user) {
        return policy.learningAccess(user).manages();
    }

    /** The open ones only (the office leader's start page); empty for whoever does not take part. */
    @Transactional(readOnly = true)
    public List<AgreedChange> open(CurrentUser user) {
        if (!policy.learningAccess(user).takesPart()) {
            return List.of();
        }
        return list(user).stream().filter(c -> c.status() == AgreedChange.Status.OPEN).toList();
    }

    @Transactional(readOnly = true)
    public AgreedChange get(CurrentUser user, long id) {
        AgreedChange change = find(id);
        policy.requireLearning(user, change.officeId(), false);
        return change;
    }

    @Transactional
    public AgreedChange record(CurrentUser user, AgreedChangeDetails details) {
        policy.requireLearning(user, user.officeId(), true);
        if (DateRanges.outside(details.dueDate())) {
            throw new RuleViolationException("dueDate", "validation.dateRange");
        }
        staff.requireAll(user.officeId(), List.of(details.ownerId()), "ownerId");
        if (details.meetingId() != null && !user.officeId().equals(meetings.officeOf(details.meetingId()))) {
            throw new RuleViolationException("meetingId", "learning.validation.meeting");
        }
        long id = jdbc.sql("""
                        insert into agreed_change (office_id, meeting_id, text, owner_id, due_date, status, created_by,
                                                   created_at)
                        values (:office, :meeting, :text, :owner, :due, 'OPEN', :user, :now) returning id""")
                .param("office", user.officeId()).param("meeting", details.meetingId())
                .param("text", details.text().strip()).param("owner", details.ownerId())
                .param("due", details.dueDate()).param("user", user.id()).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return find(id);
    }

    /** The follow-up, by the office leader or the change's owner. */
    @Transactional
    public AgreedChange followUp(CurrentUser user, long id, long expectedVersion, FollowUpDetails details) {
        AgreedChange change = find(id);
        policy.requireAgreedChangeFollowUp(user, change.officeId(), change.ownerId());
        boolean done = details.status() == AgreedChange.Status.DONE;
        int changed = jdbc.sql("""
                        update agreed_change set follow_up_note = :note, status = :status,
                               done_at = case when :done then coalesce(done_at, :now) else null end,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("note", ReflectionDetails.clean(details.followUpNote())).param("status", details.status().name())
                .param("done", done).param("now", Timestamp.from(clock.instant())).param("id", id)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        return find(id);
    }

    private AgreedChange find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(AgreedChangeService::row).optional()
                .orElseThrow(() -> new NotFoundException("agreed-change", id));
    }

    private static AgreedChange row(ResultSet rs, int n) throws SQLException {
        return new AgreedChange(rs.getLong("id"), rs.getString("office_id"), (Long) rs.getObject("meeting_id"),
                rs.getString("meeting_title"), rs.getString("text"), rs.getLong("owner_id"),
                rs.getString("owner_name"), rs.getObject("due_date", LocalDate.class), rs.getString("follow_up_note"),
                AgreedChange.Status.valueOf(rs.getString("status")), rs.getLong("version"));
    }
}
