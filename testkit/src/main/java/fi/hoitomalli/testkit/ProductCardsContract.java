package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.catalog.VantaaCatalogue;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.LocalizedText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProductCards}: every implementation (in memory, JDBC, yours) extends this class
 * and provides a fresh, empty store; JUnit 5 runs the inherited tests against it. Of concurrent saves based
 * on the same version exactly one wins and every other gets {@link ConcurrentUpdateException}.
 */
public abstract class ProductCardsContract {

    private static final ChangeNote FIRST = new ChangeNote("H-1", Instant.parse("2027-01-10T08:00:00Z"), "catalogue 2027");
    private static final ChangeNote SECOND = new ChangeNote("L-1", Instant.parse("2027-02-01T08:00:00Z"),
            "delivery time agreed in the steering group");

    private ProductCards store;
    private final ProductCard salaries = VantaaCatalogue.cards().get(6);

    /** A new, empty store. */
    protected abstract ProductCards newProductCards();

    @BeforeEach
    void freshStore() {
        store = newProductCards();
    }

    @Test
    void newCardIsSavedAsVersionOne() {
        ProductCardVersion saved = store.save(salaries, 0, FIRST);

        assertThat(saved).isEqualTo(new ProductCardVersion(salaries, 1, FIRST));
        assertThat(store.current(salaries.id())).contains(saved);
        assertThat(store.history(salaries.id())).containsExactly(saved);
    }

    @Test
    void changeBasedOnTheCurrentVersionBecomesTheNextVersionAndKeepsTheHistory() {
        store.save(salaries, 0, FIRST);
        ProductCard changed = salaries.withContent(LocalizedText.same("new content"));

        ProductCardVersion second = store.save(changed, 1, SECOND);

        assertThat(second.version()).isEqualTo(2);
        assertThat(store.current(salaries.id())).contains(second);
        assertThat(store.history(salaries.id())).extracting(ProductCardVersion::card).containsExactly(salaries, changed);
        assertThat(store.history(salaries.id())).extracting(ProductCardVersion::change).containsExactly(FIRST, SECOND);
    }

    @Test
    void staleSaveIsRejectedAndChangesNothing() {
        store.save(salaries, 0, FIRST);
        store.save(salaries.withDeliveryWorkingDays(1), 1, SECOND);

        assertThatThrownBy(() -> store.save(salaries.withDeliveryWorkingDays(2), 1, SECOND))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.current(salaries.id()).orElseThrow().card().deliveryWorkingDays()).isEqualTo(1);
        assertThat(store.history(salaries.id())).hasSize(2);
    }

    @Test
    void newCardWithATakenIdIsAStaleSave() {
        store.save(salaries, 0, FIRST);

        assertThatThrownBy(() -> store.save(salaries, 0, SECOND)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void changeOfAMissingCardIsAStaleSave() {
        assertThatThrownBy(() -> store.save(salaries, 3, FIRST)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.current(salaries.id())).isEmpty();
        assertThat(store.history(salaries.id())).isEmpty();
    }

    @Test
    void negativeBasedOnVersionIsAProgrammingError() {
        assertThatThrownBy(() -> store.save(salaries, -1, FIRST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWholeVantaaCatalogueRoundTripsAndIsListedById() {
        List<ProductCard> cards = VantaaCatalogue.cards();
        cards.forEach(card -> store.save(card, 0, FIRST));
        store.save(cards.get(0).withDeliveryWorkingDays(7), 1, SECOND);

        List<ProductCardVersion> all = store.all();

        assertThat(all).hasSize(cards.size());
        assertThat(all).extracting(v -> v.card().id().value()).isSorted();
        assertThat(all).filteredOn(v -> v.card().id().equals(cards.get(0).id()))
                .singleElement().satisfies(v -> {
                    assertThat(v.version()).isEqualTo(2);
                    assertThat(v.card().deliveryWorkingDays()).isEqualTo(7);
                });
        for (ProductCard card : cards.subList(1, cards.size())) {
            assertThat(store.current(card.id()).orElseThrow().card()).isEqualTo(card);
        }
        assertThat(store.current(new ProductCardId("NO-SUCH"))).isEmpty();
    }

    @Test
    void ofEightConcurrentSavesOnTheSameVersionExactlyOneWins() throws Exception {
        store.save(salaries, 0, FIRST);
        int wins = Races.winners(8, i -> {
            ProductCard attempt = salaries.withDeliveryWorkingDays(i + 1);
            return () -> store.save(attempt, 1, SECOND);
        });
        assertThat(wins).isEqualTo(1);
        assertThat(store.history(salaries.id())).hasSize(2);
        assertThat(store.current(salaries.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void ofEightConcurrentNewCardsWithOneIdExactlyOneWins() throws Exception {
        int wins = Races.winners(8, i -> {
            ProductCard attempt = salaries.withDeliveryWorkingDays(i + 1);
            return () -> store.save(attempt, 0, FIRST);
        });
        assertThat(wins).isEqualTo(1);
        assertThat(store.history(salaries.id())).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(1));
    }
}
