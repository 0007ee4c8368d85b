package no.treklover.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the organiser writes about an event: the API's request body and the form's rules. Times are Oslo wall-clock
 * times on {@code date}. Limits fit their columns (1–50 candidates per employer, 1–20 employers per candidate).
 *
 * @param coOrganisers other units (offices or Arbeidslivssenter units, 4-digit numbers) that organise with the user's
 * @param invitedOffices the offices whose counsellors see the event and book slots
 */
public record EventDetails(
        @NotNull(message = "{events.validation.type}") EventType type,
        @NotBlank(message = "{events.validation.title}") @Size(max = 150, message = "{events.validation.title.size}")
        String title,
        @NotNull(message = "{events.validation.date}") LocalDate date,
        @NotNull(message = "{events.validation.startTime}") LocalTime startTime,
        @NotNull(message = "{events.validation.endTime}") LocalTime endTime,
        @NotBlank(message = "{events.validation.venue}") @Size(max = 300, message = "{events.validation.venue.size}")
        String venue,
        @Size(max = 50, message = "{events.validation.offices.size}") List<String> coOrganisers,
        @Size(max = 300, message = "{events.validation.offices.size}") List<String> invitedOffices,
        @Min(value = 1, message = "{events.validation.maxCandidates}")
        @Max(value = 50, message = "{events.validation.maxCandidates}") Integer maxCandidatesPerEmployer,
        @Min(value = 1, message = "{events.validation.maxEmployers}")
        @Max(value = 20, message = "{events.validation.maxEmployers}") Integer maxEmployersPerCandidate) {

    static final int DEFAULT_MAX_CANDIDATES = 4;
    static final int DEFAULT_MAX_EMPLOYERS = 2;

    int candidatesPerEmployer() {
        return maxCandidatesPerEmployer == null ? DEFAULT_MAX_CANDIDATES : maxCandidatesPerEmployer;
    }

    int employersPerCandidate() {
        return maxEmployersPerCandidate == null ? DEFAULT_MAX_EMPLOYERS : maxEmployersPerCandidate;
    }

    List<String> coOrganiserIds() {
        return coOrganisers == null ? List.of() : coOrganisers.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
    }

    List<String> invitedIds() {
        return invitedOffices == null ? List.of() : invitedOffices.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
    }
}
