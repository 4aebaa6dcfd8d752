package fi.hoitomalli.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates input records (what a form, a CSV row or an API call hands in) with the Jakarta Validation
 * {@link Validator} the embedding system passes in, and turns every constraint violation into a
 * {@link Violation} with its message in Finnish, Swedish and English from the library's own bundles
 * (see {@link Messages}), so the messages do not depend on the validator's locale or on the
 * embedding system's {@code ValidationMessages}. Violations are ordered by path, then key, so that the
 * same input always reports the same list.
 */
public final class InputValidation {

    private final Validator validator;

    /** @param validator a Jakarta Validation validator, e.g. Hibernate Validator's default one */
    public InputValidation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator must not be null");
    }

    /** Every violation of the input's constraints, empty when it is valid. */
    public <T> List<Violation> violationsOf(T input) {
        Objects.requireNonNull(input, "input must not be null");
        Set<ConstraintViolation<T>> found = validator.validate(input);
        return found.stream()
                .map(InputValidation::toViolation)
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::rule))
                .toList();
    }

    /**
     * The input itself when it is valid.
     *
     * @throws InvalidInputException with every violation when it is not
     */
    public <T> T requireValid(T input) {
        List<Violation> violations = violationsOf(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return input;
    }

    /**
     * One constraint violation in the library's terms: the template's key is looked up in the
     * library's bundles; a template that is not a key (a literal message) is kept as it is in all three.
     * A violation of {@link Identifier}, {@link Name} or {@link PlainText} also gets the offending
     * character, its position and the text's length for its message.
     */
    public static Violation toViolation(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> attributes = new HashMap<>(violation.getConstraintDescriptor().getAttributes());
        attributes.putAll(TextConstraints.details(violation, key));
        LocalizedText message = Messages.has(key)
                ? Messages.text(key, attributes)
                : LocalizedText.same(violation.getMessage());
        return new Violation(violation.getPropertyPath().toString(), key, message);
    }
}
