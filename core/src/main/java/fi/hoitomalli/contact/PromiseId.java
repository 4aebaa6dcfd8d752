package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a call-back promise (soittolupaus), e.g. {@code P-17}.
 *
 * @param value a non-blank code without white space
 */
public record PromiseId(String value) {
    public PromiseId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "promise id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
