package no.treklover.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.treklover.identifiers.ValidOrganisationNumber;

/** An employer as registered by a counsellor; used by forms and the API. */
public record EmployerDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.organisationNumber}")
        @ValidOrganisationNumber String orgNumber,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
        @Size(max = 200, message = "{validation.size}") String industry,
        @Size(max = 200, message = "{validation.size}") String municipality,
        @Size(max = 200, message = "{validation.size}") String contactName,
        @Size(max = 40, message = "{validation.size}") @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{validation.phone}") String contactPhone,
        @Size(max = 254, message = "{validation.size}") @Email(message = "{validation.email}") String contactEmail) {
}
