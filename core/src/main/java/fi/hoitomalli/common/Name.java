package fi.hoitomalli.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a name (of a person, a unit, a sector) under the {@link TextPolicy}: one line,
 * no control character, at least one visible character, at most {@link #max()} UTF-16 units. Each
 * problem is its own violation with its own message ({@code fi.hoitomalli.common.text.control},
 * {@code .lineBreak}, {@code .invalid}, {@code .noVisibleCharacter}, {@code .tooLong}).
 *
 * <p>{@code null} and a text of nothing but spaces, tabs and line breaks pass: combine with
 * {@code @NotBlank} for a required name. White space around a name is allowed and stripped by the input
 * record.
 */
@Documented
@Constraint(validatedBy = Name.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Name {

    /** Not used: every violation carries the message of its own problem. */
    String message() default "{fi.hoitomalli.common.text.invalid}";

    /** Jakarta Validation groups. */
    Class<?>[] groups() default {};

    /** Jakarta Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** The longest name in UTF-16 units. */
    int max() default TextPolicy.NAME_MAX;

    /** Checks {@link Name}; Jakarta Validation creates it. */
    final class Validator implements ConstraintValidator<Name, CharSequence> {

        private int max;

        @Override
        public void initialize(Name constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return TextConstraints.isValid(TextPolicy.Kind.SINGLE_LINE, max, value, context);
        }
    }
}
