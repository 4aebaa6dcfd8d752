package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a development action of an account plan (kehittämistoimenpide), e.g. {@code A-3}. Unique within one plan; kept when the plan rolls over to the next year.
 *
 * @param value a non-blank code without white space
 */
public record ActionId(String value) {
    public ActionId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "ActionId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
