package no.treklover.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidKid}; null and blank are left to {@code @NotBlank}. */
public final class KidValidator implements ConstraintValidator<ValidKid, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Kid.isValid(value);
    }
}
