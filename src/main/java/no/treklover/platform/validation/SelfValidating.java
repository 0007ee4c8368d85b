package no.treklover.platform.validation;

import java.util.List;
import no.treklover.platform.errors.RuleViolationException.Violation;

/** A request that knows its own rules between fields; checked by {@link ValidRules} with the field checks. */
public interface SelfValidating {

    List<Violation> violations();
}
