package no.treklover.agreement;

import no.treklover.platform.errors.RuleViolationException.Violation;

/** Either the approvals after an allowed step, or why the step was refused. */
public record SigningOutcome(Approvals approvals, Violation refusal) {

    public static SigningOutcome allowed(Approvals next) {
        return new SigningOutcome(next, null);
    }

    public static SigningOutcome refused(String messageKey) {
        return new SigningOutcome(null, new Violation("approvals", messageKey));
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}
