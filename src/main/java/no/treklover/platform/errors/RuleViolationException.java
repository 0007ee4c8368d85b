package no.treklover.platform.errors;

import java.util.List;

/**
 * Input that is well-formed but breaks a domain rule, e.g. a phase change without a workplace (400).
 * Each violation names the field (its JSON property / form field name) and a message key.
 */
public class RuleViolationException extends RuntimeException {

    public record Violation(String field, String messageKey, Object... arguments) {
    }

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::messageKey).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
