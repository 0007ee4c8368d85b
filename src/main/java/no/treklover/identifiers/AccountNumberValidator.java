package no.treklover.identifiers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidAccountNumber}; null and blank are left to {@code @NotBlank}. */
public final class AccountNumberValidator implements ConstraintValidator<ValidAccountNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || AccountNumber.isValid(value);
    }
}
