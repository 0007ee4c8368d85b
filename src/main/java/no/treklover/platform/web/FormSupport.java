package no.treklover.platform.web;

import no.treklover.platform.errors.RuleViolationException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Forms are validated through the same records as the API, so a rule is written once. Field names
 * match between a form and its record, so errors land on the right form field.
 */
@Component
public class FormSupport {

    private final SmartValidator validator;

    FormSupport(SmartValidator validator) {
        this.validator = validator;
    }

    /** Validates the record behind a form into the form's binding result; true when all is well. */
    public boolean isValid(Object details, BindingResult result) {
        validator.validate(details, result);
        return !result.hasErrors();
    }

    public void reject(RuleViolationException violations, BindingResult result) {
        for (RuleViolationException.Violation v : violations.violations()) {
            if (v.field() != null && isField(result, v.field())) {
                result.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey());
            } else {
                // A rule about something this form does not hold, e.g. moving phase needs a mentor, which
                // the details form records: an error for the form as a whole.
                result.reject(v.messageKey(), v.arguments(), v.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult result, String field) {
        return result.getTarget() != null
                && PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(field);
    }
}
