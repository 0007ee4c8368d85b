package no.treklover.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the counsellor edits when she reviews her anonymised case: its title, the industry, the story she tells and the
 * question she brings to the group. No field may hold an identifier or a name of the process.
 */
public record CaseReview(
        @NotBlank(message = "{learning.validation.title}")
        @Size(max = 120, message = "{learning.validation.title}") String title,
        @Size(max = 200, message = "{learning.validation.industry}") String industry,
        @Size(max = 4000, message = "{learning.validation.text4000}") String story,
        @Size(max = 1000, message = "{learning.validation.text1000}") String question) {
}
