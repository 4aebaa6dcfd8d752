package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies an operating unit (toimintayksikkö) of a sector, e.g. {@code SIVI-PK-012}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record OrgUnitId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public OrgUnitId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "org unit id");
    }

    @Override
    public String toString() {
        return value;
    }
}
