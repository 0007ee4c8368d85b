package no.treklover.mentoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.errors.RuleViolationException.Violation;

/**
 * The weekly plan's rules, and its plain-text form for the pages: one text box per weekday, one line per
 * activity, "08:00–11:30 Bake brød" or "11:30–12:00 Pause" (a line starting with "Pause" is a break).
 */
public final class WeeklyPlanRules {

    public static final int ACTIVITY_MAX = 200;
    public static final int ITEMS_MAX = 150;
    /** Days after its last change that the weekly plan is due for a look ({@link #reviewDue}). */
    public static final int REVIEW_AFTER_DAYS = 28;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static final Pattern LINE = Pattern.compile(
            "^(?:(\\d{1,2})[:.](\\d{2})(?:\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2}))?)?\\s*(.*)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private WeeklyPlanRules() {
    }

    /**
     * The weekly plan is due for a look when the candidate has none, or nobody has changed it in four weeks (the
     * default follow-up interval, BRIEF §5): then "Dette må du gjøre nå" asks her to go through it with her mentor.
     */
    public static boolean reviewDue(boolean empty, Instant updatedAt, LocalDate today) {
        return empty || updatedAt == null
                || updatedAt.atZone(OSLO).toLocalDate().plusDays(REVIEW_AFTER_DAYS).isBefore(today.plusDays(1));
    }

    /** Checks a plan; violations name the field by its JSON path, e.g. {@code items[2].endsAt}. */
    public static List<PlanItem> validate(boolean includeWeekend, List<PlanItem> items) {
        List<Violation> violations = new ArrayList<>();
        List<PlanItem> clean = new ArrayList<>();
        List<PlanItem> given = items == null ? List.of() : items;
        if (given.size() > ITEMS_MAX) {
            throw new RuleViolationException("items", "mentoring.plan.tooMany", ITEMS_MAX);
        }
        for (int i = 0; i < given.size(); i++) {
            PlanItem item = given.get(i);
            String field = "items[" + i + "].";
            if (item == null) {
                violations.add(new Violation("items[" + i + "]", "validation.required"));
                continue;
            }
            String activity = item.activity() == null ? "" : item.activity().strip();
            if (item.weekday() == null) {
                violations.add(new Violation(field + "weekday", "validation.required"));
            } else if (WEEKEND.contains(item.weekday()) && !includeWeekend) {
                violations.add(new Violation(field + "weekday", "mentoring.plan.weekendOff"));
            }
            if (activity.isEmpty() && !item.isBreak()) {
                violations.add(new Violation(field + "activity", "validation.required"));
            } else if (activity.length() > ACTIVITY_MAX) {
                violations.add(new Violation(field + "activity", "mentoring.validation.tooLong", ACTIVITY_MAX));
            }
            if (item.endsAt() != null && item.startsAt() == null) {
                violations.add(new Violation(field + "startsAt", "mentoring.plan.startRequired"));
            } else if (item.endsAt() != null && !item.endsAt().isAfter(item.startsAt())) {
                violations.add(new Violation(field + "endsAt", "mentoring.plan.endAfterStart"));
            }
            clean.add(new PlanItem(item.weekday(), item.startsAt(), item.endsAt(),
                    activity.isEmpty() ? null : activity, item.isBreak()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return clean;
    }

    /** The day's lines as the page shows them in its text box. */
    public static String toText(List<PlanItem> items, DayOfWeek day) {
        StringBuilder text = new StringBuilder();
        for (PlanItem item : items) {
            if (item.weekday() != day) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line(item));
        }
        return text.toString();
    }

    static String line(PlanItem item) {
        StringBuilder line = new StringBuilder();
        if (item.startsAt() != null) {
            line.append(TIME.format(item.startsAt()));
            if (item.endsAt() != null) {
                line.append('–').append(TIME.format(item.endsAt()));
            }
            line.append(' ');
        }
        String activity = item.activity() != null ? item.activity() : "Pause";
        if (item.isBreak() && !activity.toLowerCase(java.util.Locale.ROOT).startsWith("pause")) {
            activity = "Pause: " + activity;
        }
        line.append(activity);
        return line.toString();
    }

    /**
     * Reads one day's text box; a line it cannot read is a violation on the field {@code day.MONDAY} (or the day's
     * own name) with the line's number.
     */
    public static List<PlanItem> parse(DayOfWeek day, String text) {
        List<PlanItem> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        String field = "day." + day.name();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n].strip();
            if (raw.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                throw new RuleViolationException(field, "mentoring.plan.line.unreadable", n + 1);
            }
            LocalTime start = null;
            LocalTime end = null;
            try {
                if (m.group(1) != null) {
                    start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                if (m.group(3) != null) {
                    end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                }
            } catch (java.time.DateTimeException e) {
                throw new RuleViolationException(field, "mentoring.plan.line.time", n + 1);
            }
            if (start == null && raw.matches("^\\d.*")) {
                throw new RuleViolationException(field, "mentoring.plan.line.time", n + 1);
            }
            String activity = m.group(5).strip();
            boolean isBreak = activity.toLowerCase(java.util.Locale.ROOT).startsWith("pause");
            if (activity.isEmpty()) {
                throw new RuleViolationException(field, "mentoring.plan.line.activity", n + 1);
            }
            if (activity.length() > ACTIVITY_MAX) {
                throw new RuleViolationException(field, "mentoring.plan.line.tooLong", n + 1, ACTIVITY_MAX);
            }
            if (end != null && !end.isAfter(start)) {
                throw new RuleViolationException(field, "mentoring.plan.line.endAfterStart", n + 1);
            }
            items.add(new PlanItem(day, start, end, activity, isBreak));
        }
        return items;
    }
}
