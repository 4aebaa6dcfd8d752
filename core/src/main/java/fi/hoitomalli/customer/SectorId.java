package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a city sector (toimiala), e.g. {@code SIVI} for Sivistystoimi.
 *
 * @param value a non-blank code without white space
 */
public record SectorId(String value) {
    public SectorId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "sector id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
