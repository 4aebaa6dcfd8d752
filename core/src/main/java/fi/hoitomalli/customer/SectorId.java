package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a city sector (toimiala), e.g. {@code SIVI} for Sivistystoimi.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record SectorId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public SectorId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "sector id");
    }

    @Override
    public String toString() {
        return value;
    }
}
