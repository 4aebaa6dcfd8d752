package fi.hoitomalli.plan;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a development action of an account plan (kehittämistoimenpide), e.g. {@code A-3}. Unique within one plan; kept when the plan rolls over to the next year.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record ActionId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public ActionId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "ActionId");
    }

    @Override
    public String toString() {
        return value;
    }
}
