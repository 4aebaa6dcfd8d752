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
 * The annotated text is a free text under the {@link TextPolicy}: no control character (a
 * {@link #multiline()} text may hold tabs and line breaks: LF, CRLF, U+2028, U+2029), at least one
 * visible character, at most {@link #max()} UTF-16 units. Each problem is its own violation with its own
 * message ({@code fi.hoitomalli.common.text.control}, {@code .lineBreak}, {@code .invalid},
 * {@code .noVisibleCharacter}, {@code .tooLong}).
 *
 * <p>{@code null} and a text of nothing but spaces, tabs and line breaks pass: combine with
 * {@code @NotBlank} for a required text; an optional one reads them as "none".
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** Not used: every violation carries the message of its own problem. */
    String message() default "{fi.hoitomalli.common.text.invalid}";

    /** Jakarta Validation groups. */
    Class<?>[] groups() default {};

    /** Jakarta Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * The longest text in UTF-16 units, e.g. {@link TextPolicy#TEXT_MAX} or {@link TextPolicy#LINE_MAX}.
     */
    int max();

    /** Whether the text may span lines (tabs and line breaks allowed). */
    boolean multiline() default false;

    /** Checks {@link PlainText}; Jakarta Validation creates it. */
    final class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private int max;
        private TextPolicy.Kind kind;

        @Override
        public void initialize(PlainText constraint) {
            max = constraint.max();
            kind = constraint.multiline() ? TextPolicy.Kind.MULTI_LINE : TextPolicy.Kind.SINGLE_LINE;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return TextConstraints.isValid(kind, max, value, context);
        }
    }
}
