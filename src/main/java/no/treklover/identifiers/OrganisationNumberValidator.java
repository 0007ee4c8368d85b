package no.treklover.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidOrganisationNumber}; null and blank are left to {@code @NotBlank}. */
public final class OrganisationNumberValidator implements ConstraintValidator<ValidOrganisationNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || OrganisationNumber.isValid(value);
    }
}
