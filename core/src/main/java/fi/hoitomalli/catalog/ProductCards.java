package fi.hoitomalli.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The store of product cards (tuotekortit), versioned with optimistic locking: a save names the version
 * it was based on, and a stale save is rejected instead of overwriting somebody else's change.
 * Implementations: the testkit's in-memory one and the JDBC adapter; both pass the testkit's
 * {@code ProductCardsContract}.
 */
public interface ProductCards {

    /**
     * Saves a new version of the card.
     *
     * @param card the card
     * @param basedOnVersion the version the change was based on; {@code 0} for a new card
     * @param change who, when and why
     * @return the stored version, numbered {@code basedOnVersion + 1}
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the card's current version is not
     *     {@code basedOnVersion} (0 meaning: no card with this id exists)
     * @throws IllegalArgumentException if {@code basedOnVersion} is negative, or if the card or note is more
     *     than the store keeps: a text too long or a character it cannot store (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores}); nothing is
     *     stored then
     * @throws NullPointerException if an argument is null
     */
    ProductCardVersion save(ProductCard card, long basedOnVersion, ChangeNote change);

    /** The current version of the card, empty if there is no such card. */
    Optional<ProductCardVersion> current(ProductCardId id);

    /** Every version of the card, oldest first; empty if there is no such card. */
    List<ProductCardVersion> history(ProductCardId id);

    /** The current version of every card, ordered by id. */
    List<ProductCardVersion> all();
}
