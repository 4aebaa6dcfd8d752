package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a satisfaction goal of an account plan (tyytyväisyystavoite), e.g. {@code G-1}. Unique within one plan; kept when the plan rolls over to the next year.
 *
 * @param value a non-blank code without white space
 */
public record GoalId(String value) {
    public GoalId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "GoalId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
