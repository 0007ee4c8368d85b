package no.treklover.audit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/** Checks {@link ValidSearchPeriod} with the search's own rules, each violation on its field. */
public final class SearchPeriodValidator implements ConstraintValidator<ValidSearchPeriod, AuditSearchCriteria> {

    @Override
    public boolean isValid(AuditSearchCriteria criteria, ConstraintValidatorContext context) {
        if (criteria == null) {
            return true;
        }
        List<Violation> violations = criteria.violations();
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
