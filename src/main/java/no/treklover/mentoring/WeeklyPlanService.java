package no.treklover.mentoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import no.treklover.access.CurrentUser;
import no.treklover.access.MentoringAction;
import no.treklover.platform.errors.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly plan the mentor and the candidate edit together (BRIEF §5, step 2 of the guide). Optimistic locking:
 * a save names the version it edited; an outdated one is refused and nothing is overwritten.
 */
@Service
public class WeeklyPlanService {

    static final String RESOURCE = "mentoring.weekly-plan";

    /** The stored plan; version 0 and no items when nobody has saved one yet. */
    public record WeeklyPlan(long processId, boolean includeWeekend, List<PlanItem> items, long version,
            Instant updatedAt, String updatedByName) {

        public String text(DayOfWeek day) {
            return WeeklyPlanRules.toText(items, day);
        }

        public List<PlanItem> on(DayOfWeek day) {
            return items.stream().filter(i -> i.weekday() == day).toList();
        }

        public List<DayOfWeek> days() {
            return includeWeekend ? List.of(DayOfWeek.values())
                    : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY);
        }
    }

    private final MentoringCases cases;
    private final JdbcClient jdbc;

    WeeklyPlanService(MentoringCases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional
    public WeeklyPlan read(CurrentUser user, long processId) {
        cases.require(user, processId, MentoringAction.READ_WEEKLY_PLAN, RESOURCE);
        return load(processId);
    }

    /** The plan and its items in one statement (the candidate's home page reads it): the head repeats per item. */
    WeeklyPlan load(long processId) {
        record Row(boolean weekend, long version, Instant at, String by, PlanItem item) {
        }
        List<Row> rows = jdbc.sql("""
                        select w.include_weekend, w.version, w.updated_at, u.display_name,
                               i.weekday, i.starts_at, i.ends_at, i.activity, i.is_break
                          from weekly_plan w left join app_user u on u.id = w.updated_by
                          left join weekly_plan_item i on i.process_id = w.process_id
                         where w.process_id = :p
                         order by i.position""")
                .param("p", processId)
                .query((rs, n) -> new Row(rs.getBoolean(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5) == null ? null
                                : new PlanItem(DayOfWeek.valueOf(rs.getString(5)), rs.getObject(6, LocalTime.class),
                                        rs.getObject(7, LocalTime.class), rs.getString(8), rs.getBoolean(9))))
                .list();
        if (rows.isEmpty()) {
            return new WeeklyPlan(processId, false, List.of(), 0, null, null);
        }
        Row head = rows.get(0);
        List<PlanItem> items = rows.stream().map(Row::item).filter(java.util.Objects::nonNull).toList();
        return new WeeklyPlan(processId, head.weekend(), items, head.version(), head.at(), head.by());
    }

    /** Replaces the plan; 400 naming fields when invalid, stale version refused ({@link StaleVersionException}). */
    @Transactional
    public WeeklyPlan save(CurrentUser user, long processId, long expectedVersion, boolean includeWeekend,
            List<PlanItem> items) {
        cases.require(user, processId, MentoringAction.EDIT_WEEKLY_PLAN, RESOURCE);
        List<PlanItem> clean = WeeklyPlanRules.validate(includeWeekend, items);
        java.sql.Timestamp now = java.sql.Timestamp.from(cases.clock().instant());
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.sql("""
                            insert into weekly_plan (process_id, include_weekend, updated_by, updated_at, version)
                            values (:p, :w, :by, :at, 1) on conflict do nothing""")
                    .param("p", processId).param("w", includeWeekend).param("by", user.id()).param("at", now)
                    .update();
        } else {
            changed = jdbc.sql("""
                            update weekly_plan set include_weekend = :w, updated_by = :by, updated_at = :at,
                                   version = version + 1
                             where process_id = :p and version = :expected""")
                    .param("p", processId).param("w", includeWeekend).param("by", user.id()).param("at", now)
                    .param("expected", expectedVersion).update();
        }
        if (changed != 1) {
            throw new StaleVersionException();
        }
        jdbc.sql("delete from weekly_plan_item where process_id = :p").param("p", processId).update();
        for (int i = 0; i < clean.size(); i++) {
            PlanItem item = clean.get(i);
            jdbc.sql("""
                            insert into weekly_plan_item (process_id, weekday, position, starts_at, ends_at, activity,
                                                          is_break)
                            values (:p, :d, :pos, :s, :e, :a, :b)""")
                    .param("p", processId).param("d", item.weekday().name()).param("pos", i)
                    .param("s", item.startsAt()).param("e", item.endsAt())
                    .param("a", item.activity() != null ? item.activity() : "Pause").param("b", item.isBreak())
                    .update();
        }
        return load(processId);
    }
}
