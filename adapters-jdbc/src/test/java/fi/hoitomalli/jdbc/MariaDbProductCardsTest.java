package fi.hoitomalli.jdbc;

import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.testkit.ProductCardsContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link ProductCards} contract on MARIADB, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class MariaDbProductCardsTest extends ProductCardsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Parameter
    Isolation isolation;

    @Override
    protected ProductCards newProductCards() {
        return DB.emptyStores(isolation, "hm_product_card_version", "hm_product_card").productCards();
    }
}
