package fi.hoitomalli.team;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies an HR service secretary (henkilöstöpalvelusihteeri), e.g. {@code S-07}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record SecretaryId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public SecretaryId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "SecretaryId");
    }

    @Override
    public String toString() {
        return value;
    }
}
