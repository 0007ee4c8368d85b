package no.treklover.mentoring;

import java.time.Instant;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.notification.NotificationRequested;
import no.treklover.platform.errors.ConflictException;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenge flags: the mentor or the counsellor flags one of the guide's common challenges with a note; the
 * counsellor is notified; the flag stays visible until the counsellor marks it resolved with a note.
 */
@Service
public class ChallengeFlagService {

    static final String RESOURCE = "mentoring.challenge-flags";
    public static final int NOTE_MAX = 2000;

    public record Flag(long id, long processId, Challenge challenge, String note, String raisedByName,
            Instant raisedAt, Instant resolvedAt, String resolvedByName, String resolutionNote) {

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    private final MentoringCases cases;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ChallengeFlagService(MentoringCases cases, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public List<Flag> list(CurrentUser user, long processId) {
        MentoringCases.Case c = cases.load(processId);
        requireRead(user, c);
        return load(c.id(), null);
    }

    /** 403 (logged) unless the user may read the case's flags; the read is logged. */
    void requireRead(CurrentUser user, MentoringCases.Case c) {
        cases.require(user, c, MentoringAction.READ_CHALLENGE_FLAGS, RESOURCE);
    }

    @Transactional
    public Flag raise(CurrentUser user, long processId, Challenge challenge, String note) {
        MentoringCases.Case c = cases.require(user, processId, MentoringAction.RAISE_CHALLENGE_FLAG, RESOURCE);
        if (challenge == null) {
            throw new RuleViolationException("challenge", "mentoring.flag.challengeRequired");
        }
        String text = checkedNote("note", note);
        long id = jdbc.sql("""
                        insert into challenge_flag (process_id, challenge, note, raised_by, raised_at)
                        values (:p, :c, :n, :by, :at) returning id""")
                .param("p", processId).param("c", challenge.name()).param("n", text).param("by", user.id())
                .param("at", java.sql.Timestamp.from(cases.clock().instant())).query(Long.class).single();
        Long counsellor = c.process().getCounsellorId();
        if (counsellor != null && counsellor != user.id()) {
            events.publishEvent(new NotificationRequested(counsellor, "mentoring.notification.flag",
                    List.of(user.displayName()), "/processes/" + processId + "#mentoring", processId));
        }
        return load(processId, id).get(0);
    }

    /** The counsellor marks a flag resolved with a note; a resolved flag cannot be resolved again (409). */
    @Transactional
    public Flag resolve(CurrentUser user, long flagId, String note) {
        long processId = processOf(flagId);
        cases.require(user, processId, MentoringAction.RESOLVE_CHALLENGE_FLAG, RESOURCE);
        String text = checkedNote("note", note);
        int changed = jdbc.sql("""
                        update challenge_flag set resolved_at = :at, resolved_by = :by, resolution_note = :n
                         where id = :f and resolved_at is null""")
                .param("at", java.sql.Timestamp.from(cases.clock().instant())).param("by", user.id())
                .param("n", text).param("f", flagId).update();
        if (changed != 1) {
            throw new ConflictException("mentoring.flag.alreadyResolved");
        }
        return load(processId, flagId).get(0);
    }

    long processOf(long flagId) {
        return jdbc.sql("select process_id from challenge_flag where id = :f").param("f", flagId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("flag", flagId));
    }

    private static String checkedNote(String field, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException(field, "mentoring.flag.noteRequired");
        }
        if (text.length() > NOTE_MAX) {
            throw new RuleViolationException(field, "mentoring.validation.tooLong", NOTE_MAX);
        }
        return text;
    }

    List<Flag> load(long processId, Long onlyId) {
        return jdbc.sql("""
                        select f.id, f.challenge, f.note, r.display_name, f.raised_at, f.resolved_at, s.display_name,
                               f.resolution_note
                          from challenge_flag f join app_user r on r.id = f.raised_by
                          left join app_user s on s.id = f.resolved_by
                         where f.process_id = :p and (cast(:only as bigint) is null or f.id = :only)
                         order by (f.resolved_at is null) desc, f.raised_at desc, f.id desc""")
                .param("p", processId).param("only", onlyId)
                .query((rs, n) -> new Flag(rs.getLong(1), processId, Challenge.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
