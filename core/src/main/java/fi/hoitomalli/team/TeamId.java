package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a service team (palvelutiimi), e.g. {@code T-SIVI}.
 *
 * @param value a non-blank code without white space
 */
public record TeamId(String value) {
    public TeamId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "TeamId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
