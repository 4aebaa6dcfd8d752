package fi.hoitomalli.catalog;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a product card (tuotekortti), e.g. {@code PALKAT} for the salaries card.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record ProductCardId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public ProductCardId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "product card id");
    }

    @Override
    public String toString() {
        return value;
    }
}
