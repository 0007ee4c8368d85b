package no.treklover.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidNationalId}; null and blank are left to {@code @NotBlank}. */
public final class NationalIdValidator implements ConstraintValidator<ValidNationalId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || NationalId.isValid(value);
    }
}
