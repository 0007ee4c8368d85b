package no.treklover.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.treklover.identifiers.ValidNationalId;

/**
 * What a counsellor records about a candidate; used by forms and the API. The national id is given
 * once, at registration, and cannot be changed afterwards.
 */
public record CandidateDetails(
        @Size(max = 20, message = "{validation.nationalId}") @ValidNationalId String nationalId,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}") String lastName,
        @Size(max = 40, message = "{validation.size}") @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{validation.phone}") String phone,
        @Size(max = 254, message = "{validation.size}") @Email(message = "{validation.email}") String email,
        EffortGroup effortGroup,
        @Size(max = 2000, message = "{validation.size}") String wishes,
        @Size(max = 2000, message = "{validation.size}") String interests,
        @Size(max = 2000, message = "{validation.size}") String strengths,
        @Size(max = 2000, message = "{validation.size}") String experience,
        @Size(max = 2000, message = "{validation.size}") String education,
        @Size(max = 2000, message = "{validation.size}") String adaptationNeeds) {
}
