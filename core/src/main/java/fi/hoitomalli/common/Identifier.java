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
 * The annotated text is an id or a code under the {@link TextPolicy}: visible characters only (no white
 * space anywhere, no control, format, private-use or unassigned character), at most {@link #max()}
 * UTF-16 units. Each problem is its own violation with its own message ({@code
 * fi.hoitomalli.common.text.whiteSpace}, {@code .invisible}, {@code .control}, {@code .invalid},
 * {@code .tooLong}), naming the character and its position.
 *
 * <p>{@code null} and a text of nothing but spaces, tabs and line breaks pass: combine with
 * {@code @NotBlank} for a required id; an optional one reads them as "none".
 */
@Documented
@Constraint(validatedBy = Identifier.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {

    /** Not used: every violation carries the message of its own problem. */
    String message() default "{fi.hoitomalli.common.text.invalid}";

    /** Jakarta Validation groups. */
    Class<?>[] groups() default {};

    /** Jakarta Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** The longest id in UTF-16 units. */
    int max() default TextPolicy.ID_MAX;

    /** Checks {@link Identifier}; Jakarta Validation creates it. */
    final class Validator implements ConstraintValidator<Identifier, CharSequence> {

        private int max;

        @Override
        public void initialize(Identifier constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return TextConstraints.isValid(TextPolicy.Kind.IDENTIFIER, max, value, context);
        }
    }
}
