package fi.hoitomalli.contact;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies an inquiry (yhteydenotto) received by a secretary, e.g. {@code INQ-2027-0042}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record InquiryId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public InquiryId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "inquiry id");
    }

    @Override
    public String toString() {
        return value;
    }
}
