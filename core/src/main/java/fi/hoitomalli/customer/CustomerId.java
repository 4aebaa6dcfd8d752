package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Identifies a customer (asiakas) — an employee, supervisor or executive — by the city HR system's person number, never by a personal identity code.
 *
 * @param value an id under the {@link TextPolicy}: visible characters only, no white space, at most
 *     {@value TextPolicy#ID_MAX} characters
 */
public record CustomerId(String value) {
    /** @throws IllegalArgumentException if the value is not an id under the {@link TextPolicy} */
    public CustomerId {
        Objects.requireNonNull(value, "value must not be null");
        TextPolicy.requireIdentifier(value, "customer id");
    }

    @Override
    public String toString() {
        return value;
    }
}
