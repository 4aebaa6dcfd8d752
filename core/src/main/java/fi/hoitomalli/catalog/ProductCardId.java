package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a product card (tuotekortti), e.g. {@code PALKAT} for the salaries card.
 *
 * @param value a non-blank code without white space
 */
public record ProductCardId(String value) {
    public ProductCardId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "product card id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
