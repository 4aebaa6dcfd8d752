package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Identifies an inquiry (yhteydenotto) received by a secretary, e.g. {@code INQ-2027-0042}.
 *
 * @param value a non-blank code without white space
 */
public record InquiryId(String value) {
    public InquiryId {
        Objects.requireNonNull(value, "value must not be null");
        checkArgument(!value.isBlank() && value.chars().noneMatch(Character::isWhitespace),
                "inquiry id must be non-blank without white space: '%s'", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
