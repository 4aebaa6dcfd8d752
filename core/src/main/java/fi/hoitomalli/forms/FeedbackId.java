package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a recorded customer feedback (asiakaspalaute), e.g. {@code AP-1}.
 *
 * @param value a non-blank code without white space
 */
public record FeedbackId(String value) {
    public FeedbackId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "FeedbackId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
