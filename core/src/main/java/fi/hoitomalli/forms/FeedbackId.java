package fi.hoitomalli.forms;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a recorded customer feedback (asiakaspalaute), e.g. {@code AP-1}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record FeedbackId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public FeedbackId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "FeedbackId");
    }

    @Override
    public String toString() {
        return value;
    }
}
