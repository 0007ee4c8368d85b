package no.treklover.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.mentoring.StepChecklist.Change;
import no.treklover.mentoring.StepChecklist.StepState;
import no.treklover.platform.errors.NotFoundException;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mentor guide's six steps as the mentor's checklist, with the mentor's notes (seeds/004). */
@Service
public class ChecklistService {

    static final String RESOURCE = "mentoring.checklist";

    public record Checklist(List<StepState> steps, GuideStep next, long doneCount) {
    }

    private final MentoringCases cases;
    private final JdbcClient jdbc;

    ChecklistService(MentoringCases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional
    public Checklist read(CurrentUser user, long processId) {
        MentoringCases.Case c = cases.load(processId);
        requireRead(user, c);
        return load(c.id());
    }

    /** 403 (logged) unless the user may read the case's checklist; the read is logged. */
    void requireRead(CurrentUser user, MentoringCases.Case c) {
        cases.require(user, c, MentoringAction.READ_CHECKLIST, RESOURCE);
    }

    Checklist load(long processId) {
        Map<GuideStep, StepState> stored = new EnumMap<>(GuideStep.class);
        jdbc.sql("select step, note, done_on, version from mentoring_step where process_id = :p")
                .param("p", processId)
                .query((rs, n) -> {
                    GuideStep step = GuideStep.of(rs.getInt("step"));
                    LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
                    return new StepState(step, doneOn != null, doneOn, rs.getString("note"), rs.getLong("version"));
                })
                .list().forEach(s -> stored.put(s.step(), s));
        List<StepState> steps = StepChecklist.complete(stored);
        return new Checklist(steps, StepChecklist.next(steps), StepChecklist.doneCount(steps));
    }

    /** The mentor ticks a step or writes its note; {@code expectedVersion} 0 for a step never saved. */
    @Transactional
    public StepState update(CurrentUser user, long processId, int stepNumber, long expectedVersion, Change change) {
        GuideStep step = GuideStep.of(stepNumber);
        if (step == null) {
            throw new NotFoundException("step", stepNumber);
        }
        cases.require(user, processId, MentoringAction.EDIT_CHECKLIST, RESOURCE);
        StepState current = load(processId).steps().get(step.number() - 1);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        StepState next = StepChecklist.apply(current, change, cases.today());
        Instant now = cases.clock().instant();
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.sql("""
                            insert into mentoring_step (process_id, step, note, done_on, updated_by, updated_at, version)
                            values (:p, :s, :note, :done, :by, :at, :v) on conflict do nothing""")
                    .param("p", processId).param("s", step.number()).param("note", next.note())
                    .param("done", next.doneOn()).param("by", user.id())
                    .param("at", java.sql.Timestamp.from(now)).param("v", next.version()).update();
        } else {
            changed = jdbc.sql("""
                            update mentoring_step set note = :note, done_on = :done, updated_by = :by, updated_at = :at,
                                   version = :v
                             where process_id = :p and step = :s and version = :expected""")
                    .param("p", processId).param("s", step.number()).param("note", next.note())
                    .param("done", next.doneOn()).param("by", user.id())
                    .param("at", java.sql.Timestamp.from(now)).param("v", next.version())
                    .param("expected", expectedVersion).update();
        }
        if (changed != 1) {
            throw new StaleVersionException();
        }
        return next;
    }
}
