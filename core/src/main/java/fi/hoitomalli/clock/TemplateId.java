package fi.hoitomalli.clock;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies an activity template of the annual clock, e.g. {@code AT-SIVI} for Sivistystoimi's
 * account team meetings.
 *
 * @param value an id under the {@link TextPolicy} of at most {@value #MAX_LENGTH} characters (templates
 *     made for a team, a sector or a secretary carry its id after a short prefix such as {@code VISIT-})
 */
public record TemplateId(String value) {

    /** The longest template id: the longest id and a prefix such as {@code VISIT-}. */
    public static final int MAX_LENGTH = TextPolicy.ID_MAX + 16;

    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public TemplateId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, MAX_LENGTH, "TemplateId");
    }

    @Override
    public String toString() {
        return value;
    }
}
