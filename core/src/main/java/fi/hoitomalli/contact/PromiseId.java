package fi.hoitomalli.contact;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a call-back promise (soittolupaus), e.g. {@code P-17}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record PromiseId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public PromiseId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "promise id");
    }

    @Override
    public String toString() {
        return value;
    }
}
