package fi.hoitomalli.common;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Identifier}, {@link Name} and {@link PlainText} share: the check itself, one violation per
 * problem, and the details (position, character, length) that a violation's message needs. Jakarta
 * Validation's portable API has no message parameters of a validator's own, so the details are found
 * again from the violation's invalid value, by the same policy, when the violation is translated.
 */
final class TextConstraints {

    private TextConstraints() {
    }

    static boolean isValid(TextPolicy.Kind kind, int max, CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (TextPolicy.isNothingTyped(text)) {
            return true;
        }
        List<TextPolicy.Finding> found = TextPolicy.check(kind, text, max);
        if (found.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (TextPolicy.Finding finding : found) {
            context.buildConstraintViolationWithTemplate("{" + finding.problem().key() + "}")
                    .addConstraintViolation();
        }
        return false;
    }

    /** The message arguments of a violation of one of the text constraints, empty for any other. */
    static Map<String, Object> details(ConstraintViolation<?> violation, String key) {
        Optional<TextPolicy.Problem> problem = TextPolicy.Problem.ofKey(key);
        if (problem.isEmpty() || !(violation.getInvalidValue() instanceof CharSequence value)) {
            return Map.of();
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        TextPolicy.Kind kind;
        int max;
        if (constraint instanceof Identifier identifier) {
            kind = TextPolicy.Kind.IDENTIFIER;
            max = identifier.max();
        } else if (constraint instanceof Name name) {
            kind = TextPolicy.Kind.SINGLE_LINE;
            max = name.max();
        } else if (constraint instanceof PlainText text) {
            kind = text.multiline() ? TextPolicy.Kind.MULTI_LINE : TextPolicy.Kind.SINGLE_LINE;
            max = text.max();
        } else {
            return Map.of();
        }
        return TextPolicy.check(kind, value.toString(), max).stream()
                .filter(f -> f.problem() == problem.get())
                .findFirst()
                .map(TextPolicy.Finding::arguments)
                .orElse(Map.of());
    }
}
