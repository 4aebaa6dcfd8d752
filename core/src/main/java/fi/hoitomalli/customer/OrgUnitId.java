package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies an operating unit (toimintayksikkö) of a sector, e.g. {@code SIVI-PK-012}.
 *
 * @param value a non-blank code without white space
 */
public record OrgUnitId(String value) {
    public OrgUnitId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "org unit id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
