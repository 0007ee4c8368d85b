package no.treklover.identifiers;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A KID with a mod 10 or mod 11 control, see {@link Kid}.
 * Null and blank count as valid; add {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = KidValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidKid {

    String message() default "{validation.kid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
