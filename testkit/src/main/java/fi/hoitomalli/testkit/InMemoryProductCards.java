package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.common.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProductCards} in memory, with the same optimistic locking as the JDBC adapter; passes
 * {@link ProductCardsContract}. Thread-safe.
 */
public final class InMemoryProductCards implements ProductCards {

    private final Map<ProductCardId, List<ProductCardVersion>> versions = new HashMap<>();

    @Override
    public synchronized ProductCardVersion save(ProductCard card, long basedOnVersion, ChangeNote change) {
        Objects.requireNonNull(card, "card must not be null");
        Objects.requireNonNull(change, "change must not be null");
        checkArgument(basedOnVersion >= 0, "based-on version must not be negative: %s", basedOnVersion);
        List<ProductCardVersion> history = versions.getOrDefault(card.id(), List.of());
        if (history.size() != basedOnVersion) {
            throw new ConcurrentUpdateException("product card " + card.id(), basedOnVersion);
        }
        ProductCardVersion saved = new ProductCardVersion(card, basedOnVersion + 1, change);
        List<ProductCardVersion> next = new ArrayList<>(history);
        next.add(saved);
        versions.put(card.id(), List.copyOf(next));
        return saved;
    }

    @Override
    public synchronized Optional<ProductCardVersion> current(ProductCardId id) {
        List<ProductCardVersion> history = versions.getOrDefault(Objects.requireNonNull(id, "id must not be null"),
                List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public synchronized List<ProductCardVersion> history(ProductCardId id) {
        return versions.getOrDefault(Objects.requireNonNull(id, "id must not be null"), List.of());
    }

    @Override
    public synchronized List<ProductCardVersion> all() {
        return versions.values().stream()
                .map(history -> history.get(history.size() - 1))
                .sorted(Comparator.comparing(v -> v.card().id().value()))
                .toList();
    }
}
