package no.treklover.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** What the organiser writes about a gathering: the API's body and the form's rules (Oslo wall-clock times). */
public record GatheringDetails(
        @NotNull(message = "{network.validation.type}") GatheringType type,
        @NotBlank(message = "{network.validation.title}") @Size(max = 150, message = "{network.validation.title.size}")
        String title,
        @NotNull(message = "{network.validation.date}") LocalDate date,
        @NotNull(message = "{network.validation.startTime}") LocalTime startTime,
        @NotNull(message = "{network.validation.endTime}") LocalTime endTime,
        @NotBlank(message = "{network.validation.place}") @Size(max = 300, message = "{network.validation.place.size}")
        String place,
        @Size(max = 2000, message = "{network.validation.programme.size}") String programme) {
}
