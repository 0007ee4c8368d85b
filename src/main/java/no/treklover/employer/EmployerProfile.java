package no.treklover.employer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * NAV's own fields of an employer, as NAV staff edit them (the edit form and {@code PUT /api/v1/employers/{id}}): the
 * inclusion profile, the contact persons at the employer (all of them, in order; a person without id is new, one
 * left out is removed) and the primary and backup NAV contact (staff accounts). The register's fields are not here:
 * they come from Enhetsregisteret.
 */
public record EmployerProfile(
        Boolean iaAgreement,
        @Size(max = MAX_TEXT, message = "{validation.size}") String inclusionExperience,
        @Min(value = 0, message = "{employers.validation.count}") @Max(value = MAX_COUNT, message = "{employers.validation.count}")
        Integer mentorsAvailable,
        @Min(value = 0, message = "{employers.validation.count}") @Max(value = MAX_COUNT, message = "{employers.validation.count}")
        Integer candidateCapacity,
        @Size(max = MAX_TEXT, message = "{validation.size}") String suitableTasks,
        Long primaryContactId,
        Long backupContactId,
        @Size(max = MAX_CONTACTS, message = "{validation.listSize}") List<@Valid ContactPersonDetails> contacts) {

    static final int MAX_TEXT = 2000;
    static final int MAX_COUNT = 1000;
    static final int MAX_CONTACTS = 20;

    /** One contact person at the employer; {@code id} is null for a new one. */
    public record ContactPersonDetails(
            Long id,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
            @Size(max = 200, message = "{validation.size}") String title,
            @Size(max = 40, message = "{validation.size}") @Pattern(regexp = "^\\+?[0-9 ]{8,20}$", message = "{validation.phone}") String phone,
            @Size(max = 254, message = "{validation.size}") @Email(message = "{validation.email}") String email) {
    }
}
