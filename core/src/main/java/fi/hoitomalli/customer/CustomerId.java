package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a customer (asiakas) — an employee, supervisor or executive — by the city HR system's person number, never by a personal identity code.
 *
 * @param value a non-blank code without white space
 */
public record CustomerId(String value) {
    public CustomerId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "customer id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
