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
 * A Norwegian national id, D-number or synthetic test number, see {@link NationalId}.
 * Null and blank count as valid; add {@code @NotBlank} where a value is required.
 */
@Documented
@Constraint(validatedBy = NationalIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidNationalId {

    String message() default "{validation.nationalId}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
