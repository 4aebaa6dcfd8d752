package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies a collective agreement (virka- tai työehtosopimus) by its short code, e.g. {@code KVTES}.
 *
 * @param value a non-blank code without white space
 */
public record AgreementCode(String value) {
    public AgreementCode {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "agreement code must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
