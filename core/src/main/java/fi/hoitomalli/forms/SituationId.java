package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a recorded challenging customer situation (asiakastilanne), e.g. {@code AT-1}.
 *
 * @param value a non-blank code without white space
 */
public record SituationId(String value) {
    public SituationId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "SituationId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
