package fi.hoitomalli.plan;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a satisfaction goal of an account plan (tyytyväisyystavoite), e.g. {@code G-1}. Unique within one plan; kept when the plan rolls over to the next year.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record GoalId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public GoalId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "GoalId");
    }

    @Override
    public String toString() {
        return value;
    }
}
