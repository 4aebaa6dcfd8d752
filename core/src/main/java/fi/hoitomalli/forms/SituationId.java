package fi.hoitomalli.forms;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a recorded challenging customer situation (asiakastilanne), e.g. {@code AT-1}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record SituationId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public SituationId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "SituationId");
    }

    @Override
    public String toString() {
        return value;
    }
}
