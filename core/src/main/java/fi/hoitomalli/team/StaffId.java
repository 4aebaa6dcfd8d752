package fi.hoitomalli.team;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a member of the service centre's staff who is not a secretary: a team lead, the HR services manager, the labour-market lawyer.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record StaffId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public StaffId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "StaffId");
    }

    @Override
    public String toString() {
        return value;
    }
}
