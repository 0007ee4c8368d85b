package no.treklover.audit;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The search period's dates are plausible and in order. A constraint on the whole search, reported on the date
 * field to correct, so a form or API client gets it together with the other field errors.
 */
@Documented
@Constraint(validatedBy = SearchPeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidSearchPeriod {

    String message() default "{audit.search.toBeforeFrom}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
