package fi.hoitomalli.jdbc;

import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.testkit.ProductCardsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ProductCards} contract on POSTGRESQL. */
class PostgresProductCardsTest extends ProductCardsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    protected ProductCards newProductCards() {
        return DB.emptyStores("hm_product_card_version", "hm_product_card").productCards();
    }
}
