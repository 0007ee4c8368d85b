package no.treklover.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An employer's interview slots as the organiser asks for them: from {@code slotStart} to {@code slotEnd}, each {@code slotLength}
 * minutes (default 30), skipping the breaks. Pure; {@link #slots()} is what gets stored.
 *
 * @param breaks pauses as "HH:mm-HH:mm" (lunch), none if empty
 */
public record SlotPlan(
        @NotNull(message = "{events.validation.slotStart}") LocalTime slotStart,
        @NotNull(message = "{events.validation.slotEnd}") LocalTime slotEnd,
        @Min(value = 10, message = "{events.validation.slotLength}")
        @Max(value = 240, message = "{events.validation.slotLength}") Integer slotLength,
        @Size(max = 10, message = "{events.validation.breaks}") List<String> breaks) {

    static final int DEFAULT_LENGTH = 30;
    /** More slots than a day can hold is a typo, not a plan. */
    static final int MAX_SLOTS = 60;

    record Slot(LocalTime start, LocalTime end) {
    }

    record Pause(LocalTime start, LocalTime end) {
        boolean overlaps(LocalTime from, LocalTime to) {
            return from.isBefore(end) && to.isAfter(start);
        }
    }

    int minutes() {
        return slotLength == null ? DEFAULT_LENGTH : slotLength;
    }

    /** The breaks, or null when one is not "HH:mm-HH:mm" with its end after its start. */
    List<Pause> pauses() {
        List<Pause> pauses = new ArrayList<>();
        for (String b : breaks == null ? List.<String>of() : breaks) {
            if (b == null || b.isBlank()) {
                continue;
            }
            String[] parts = b.strip().split("\\s*[-–]\\s*");
            try {
                LocalTime from = LocalTime.parse(pad(parts[0]));
                LocalTime to = LocalTime.parse(pad(parts[1]));
                if (parts.length != 2 || !to.isAfter(from)) {
                    return null;
                }
                pauses.add(new Pause(from, to));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return pauses;
    }

    private static String pad(String time) {
        String t = time.strip().replace('.', ':');
        return t.length() == 4 ? "0" + t : t;
    }

    /** The slots in order; a slot that would cross a break starts again after it. */
    List<Slot> slots() {
        List<Pause> pauses = pauses();
        List<Slot> slots = new ArrayList<>();
        if (pauses == null || slotStart == null || slotEnd == null || !slotEnd.isAfter(slotStart)) {
            return slots;
        }
        LocalTime at = slotStart;
        while (!at.plusMinutes(minutes()).isAfter(slotEnd) && at.plusMinutes(minutes()).isAfter(at)
                && slots.size() <= MAX_SLOTS) {
            LocalTime to = at.plusMinutes(minutes());
            LocalTime from = at;
            Pause blocking = pauses.stream().filter(p -> p.overlaps(from, to)).findFirst().orElse(null);
            if (blocking != null) {
                at = blocking.end();
                continue;
            }
            slots.add(new Slot(from, to));
            at = to;
        }
        return slots;
    }
}
