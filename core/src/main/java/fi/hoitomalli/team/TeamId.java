package fi.hoitomalli.team;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a service team (palvelutiimi), e.g. {@code T-SIVI}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record TeamId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public TeamId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "TeamId");
    }

    @Override
    public String toString() {
        return value;
    }
}
