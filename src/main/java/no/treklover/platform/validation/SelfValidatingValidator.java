package no.treklover.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/** Checks {@link ValidRules}: each of the request's own violations on its field, with its message key. */
public final class SelfValidatingValidator implements ConstraintValidator<ValidRules, SelfValidating> {

    @Override
    public boolean isValid(SelfValidating request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<Violation> violations = request.violations();
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Violation violation : violations) {
            context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}")
                    .addPropertyNode(violation.field())
                    .addConstraintViolation();
        }
        return false;
    }
}
