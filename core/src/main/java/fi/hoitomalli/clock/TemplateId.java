package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies an activity template of the annual clock, e.g. {@code AT-SIVI} for Sivistystoimi's
 * account team meetings.
 *
 * @param value a non-blank code without white space
 */
public record TemplateId(String value) {
    public TemplateId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "TemplateId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
