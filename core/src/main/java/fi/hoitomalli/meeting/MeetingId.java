package fi.hoitomalli.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies one encounter (tapaaminen): a customer meeting, a visit, an account team or steering group
 * meeting, an info session. Account plan actions agreed there link back to it by this id.
 *
 * @param value a non-blank code without white space
 */
public record MeetingId(String value) {
    public MeetingId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "MeetingId must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
