package fi.hoitomalli.testkit;

import fi.hoitomalli.catalog.ProductCards;

/** The in-memory product-card store passes the port's contract. */
class InMemoryProductCardsTest extends ProductCardsContract {

    @Override
    protected ProductCards newProductCards() {
        return new InMemoryProductCards();
    }
}
