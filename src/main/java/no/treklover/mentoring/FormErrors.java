package no.treklover.mentoring;

import java.util.LinkedHashMap;
import java.util.Map;
import no.treklover.platform.errors.RuleViolationException;
import no.treklover.platform.text.PageLocale;
import org.springframework.context.MessageSource;

/**
 * The field errors of one form on a page with several forms, with the Norwegian messages resolved, and the values
 * the user typed so nothing they wrote is lost.
 */
public record FormErrors(String form, Map<String, String> fields, Map<String, String> input) {

    static FormErrors of(String form, RuleViolationException e, Map<String, String> input, MessageSource messages) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RuleViolationException.Violation v : e.violations()) {
            fields.putIfAbsent(v.field(), messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(),
                    PageLocale.current()));
        }
        return new FormErrors(form, fields, input);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String message(String field) {
        return fields.get(field);
    }

    public String value(String field) {
        return input.get(field);
    }
}
