package fi.hoitomalli.meeting;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies one encounter (tapaaminen): a customer meeting, a visit, an account team or steering group
 * meeting, an info session. Account plan actions agreed there link back to it by this id.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record MeetingId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public MeetingId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "MeetingId");
    }

    @Override
    public String toString() {
        return value;
    }
}
