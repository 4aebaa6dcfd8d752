package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a collective agreement (virka- tai työehtosopimus) by its short code, e.g. {@code KVTES}.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record AgreementCode(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public AgreementCode {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "agreement code");
    }

    @Override
    public String toString() {
        return value;
    }
}
