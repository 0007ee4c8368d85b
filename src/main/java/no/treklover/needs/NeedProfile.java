package no.treklover.needs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The anonymised profile a counsellor posts: what an employer needs to know to say "we may have something", never who
 * the candidate is, and never health details (the adaptation text says what the workplace must offer, and is shown
 * only while the candidate shares her adaptation needs with employers). The API's request body and the form's rules.
 *
 * @param title a short heading for the board, e.g. "Lager eller butikk, deltid"
 * @param hoursPerWeek wanted hours per week, 1–40
 * @param municipality the area where she looks for work
 */
public record NeedProfile(
        @NotBlank(message = "{needs.validation.title}") @Size(max = 120, message = "{needs.validation.title.size}")
        String title,
        @Size(max = 1000, message = "{needs.validation.text.size}") String interests,
        @Size(max = 1000, message = "{needs.validation.text.size}") String skills,
        @Size(max = 1000, message = "{needs.validation.text.size}") String experience,
        @Min(value = 1, message = "{needs.validation.hours}") @Max(value = 40, message = "{needs.validation.hours}")
        Integer hoursPerWeek,
        @NotBlank(message = "{needs.validation.municipality}")
        @Size(max = 100, message = "{needs.validation.municipality.size}") String municipality,
        Boolean adaptationNeeded,
        @Size(max = 1000, message = "{needs.validation.text.size}") String adaptationText) {

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
