package no.treklover.agreement.grant;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The calculation's rules between fields and NAV's lists of rates hold. A constraint on the whole request, reported
 * on each field to correct, so a client gets them together with the other field errors.
 */
@Documented
@Constraint(validatedBy = GrantCalculationValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidGrantCalculation {

    String message() default "{problem.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
