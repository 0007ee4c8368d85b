package no.treklover.agreement.grant;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/** Checks {@link ValidGrantCalculation}: each violation of the request's own rules on its field. */
public final class GrantCalculationValidator
        implements ConstraintValidator<ValidGrantCalculation, MentorGrantCalculationRequest> {

    @Override
    public boolean isValid(MentorGrantCalculationRequest request, ConstraintValidatorContext context) {
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
