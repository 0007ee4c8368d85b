package no.treklover.opportunity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * An opportunity's content: the API's request body and the form's rules. Each requirement is one line of
 * {@code requirementsMust} or {@code requirementsNice}. The sizes are the columns' (V24).
 *
 * @param employerId the employer; on the employer's own page always its own
 * @param subUnitId one of the employer's workplaces (employer_sub_unit), or null
 * @param county one of {@link Counties#ALL}
 */
public record OpportunityDetails(
        Long employerId,
        Long subUnitId,
        @NotBlank(message = "{opportunities.validation.title}")
        @Size(max = 120, message = "{opportunities.validation.title.size}") String title,
        @Size(max = 2000, message = "{opportunities.validation.tasks.size}") String tasks,
        @Size(max = 1000, message = "{opportunities.validation.text.size}") String requirementsMust,
        @Size(max = 1000, message = "{opportunities.validation.text.size}") String requirementsNice,
        @Size(max = 1000, message = "{opportunities.validation.text.size}") String trainingOffered,
        Boolean mentorAvailable,
        @Min(value = 1, message = "{opportunities.validation.hours}")
        @Max(value = 40, message = "{opportunities.validation.hours}") Integer hoursPerWeek,
        @NotNull(message = "{opportunities.validation.slots}")
        @Min(value = 1, message = "{opportunities.validation.slots}")
        @Max(value = 99, message = "{opportunities.validation.slots}") Integer slots,
        @NotNull(message = "{opportunities.validation.type}") OpportunityType type,
        HireChance hireChance,
        LocalDate startsOn,
        LocalDate endsOn,
        @NotBlank(message = "{opportunities.validation.municipality}")
        @Size(max = 100, message = "{opportunities.validation.municipality.size}") String municipality,
        @NotBlank(message = "{opportunities.validation.county}") String county,
        Set<WorkConstraint> constraints) {

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
