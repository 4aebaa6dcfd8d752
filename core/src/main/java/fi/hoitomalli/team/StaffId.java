package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a member of the service centre's staff who is not a secretary: a team lead, the HR services manager, the labour-market lawyer.
 *
 * @param value a non-blank code without white space
 */
public record StaffId(String value) {
    public StaffId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "StaffId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
