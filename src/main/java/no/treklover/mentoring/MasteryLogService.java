package no.treklover.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;
import no.treklover.platform.validation.DateRanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mastery log (mestringslogg): what went well and what was hard, dated, by whom; mentor and candidate write. */
@Service
public class MasteryLogService {

    static final String RESOURCE = "mentoring.mastery-log";
    public static final int TEXT_MAX = 2000;

    public record Entry(long id, LocalDate date, String wentWell, String wasHard, long authorId, String authorName,
            String authorRole, Instant createdAt) {
    }

    private final MentoringCases cases;
    private final JdbcClient jdbc;

    MasteryLogService(MentoringCases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Entry> list(CurrentUser user, long processId) {
        cases.require(user, processId, MentoringAction.READ_MASTERY_LOG, RESOURCE);
        return load(processId);
    }

    List<Entry> load(long processId) {
        return jdbc.sql("""
                        select e.id, e.entry_date, e.went_well, e.was_hard, e.author_user_id, u.display_name, u.role,
                               e.created_at
                          from mastery_entry e join app_user u on u.id = e.author_user_id
                         where e.process_id = :p order by e.entry_date desc, e.id desc""")
                .param("p", processId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Adds an entry; at least one of the two texts, a date not in the future (today if none). */
    @Transactional
    public Entry add(CurrentUser user, long processId, LocalDate date, String wentWell, String wasHard) {
        cases.require(user, processId, MentoringAction.ADD_MASTERY_ENTRY, RESOURCE);
        String well = blankToNull(wentWell);
        String hard = blankToNull(wasHard);
        LocalDate today = cases.today();
        LocalDate day = date != null ? date : today;
        List<Violation> violations = new ArrayList<>();
        if (well == null && hard == null) {
            violations.add(new Violation("wentWell", "mentoring.mastery.oneRequired"));
        }
        if (well != null && well.length() > TEXT_MAX) {
            violations.add(new Violation("wentWell", "mentoring.validation.tooLong", TEXT_MAX));
        }
        if (hard != null && hard.length() > TEXT_MAX) {
            violations.add(new Violation("wasHard", "mentoring.validation.tooLong", TEXT_MAX));
        }
        if (day.isAfter(today)) {
            violations.add(new Violation("date", "mentoring.mastery.dateFuture"));
        } else {
            DateRanges.check(day, "date", violations);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        long id = jdbc.sql("""
                        insert into mastery_entry (process_id, entry_date, went_well, was_hard, author_user_id,
                                                   created_at)
                        values (:p, :d, :w, :h, :a, :at) returning id""")
                .param("p", processId).param("d", day).param("w", well).param("h", hard).param("a", user.id())
                .param("at", java.sql.Timestamp.from(cases.clock().instant())).query(Long.class).single();
        return load(processId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
