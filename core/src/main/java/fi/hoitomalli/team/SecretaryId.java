package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies an HR service secretary (henkilöstöpalvelusihteeri), e.g. {@code S-07}.
 *
 * @param value a non-blank code without white space
 */
public record SecretaryId(String value) {
    public SecretaryId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "SecretaryId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
