package no.treklover.platform.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@link SelfValidating} request's rules between fields hold. A constraint on the whole request,
 * reported on each field to correct, so a client gets them together with the other field errors.
 */
@Documented
@Constraint(validatedBy = SelfValidatingValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidRules {

    String message() default "{problem.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
