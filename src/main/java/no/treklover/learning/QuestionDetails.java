package no.treklover.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question for the bank: the API's request body and the form's rules. */
public record QuestionDetails(
        @NotBlank(message = "{learning.validation.questionText}")
        @Size(max = 500, message = "{learning.validation.questionText}") String text,
        @NotBlank(message = "{learning.validation.theme}")
        @Size(max = 100, message = "{learning.validation.theme}") String theme,
        @NotNull(message = "{learning.validation.purpose}") BankQuestion.Purpose purpose) {
}
