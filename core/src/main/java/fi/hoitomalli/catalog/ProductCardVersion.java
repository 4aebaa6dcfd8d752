package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One saved version of a product card: versions count 1, 2, 3, … per card, each with its change note.
 *
 * @param card the card as saved
 * @param version the version number, at least 1
 * @param change who, when and why
 */
public record ProductCardVersion(ProductCard card, long version, ChangeNote change) {
    public ProductCardVersion {
        Objects.requireNonNull(card, "card must not be null");
        Objects.requireNonNull(change, "change must not be null");
        checkArgument(version >= 1, "versions start at 1: %s", version);
    }
}
