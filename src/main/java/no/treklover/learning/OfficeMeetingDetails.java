package no.treklover.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An office meeting as its office leader plans it; the API's request body and what the form validates through.
 *
 * @param startsAt in Oslo time, e.g. "2027-02-03T09:00"
 * @param agenda the agenda, one item a line (each at most 500 characters)
 * @param participantIds users of the office (counsellors and its leader)
 */
public record OfficeMeetingDetails(
        @NotNull(message = "{learning.validation.type}") OfficeMeetingType type,
        @NotBlank(message = "{learning.validation.title}")
        @Size(max = 120, message = "{learning.validation.title}") String title,
        @NotNull(message = "{learning.validation.startsAt}") LocalDateTime startsAt,
        @NotNull(message = "{learning.validation.duration}")
        @Min(value = 5, message = "{learning.validation.duration}")
        @Max(value = 600, message = "{learning.validation.duration}") Integer durationMinutes,
        @Size(max = 200, message = "{learning.validation.place}") String place,
        @Size(max = 4000, message = "{learning.validation.agenda}") String agenda,
        @Size(max = 200, message = "{learning.validation.members}") List<Long> participantIds) {
}
