package fi.hoitomalli.jdbc;

import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.testkit.ProductCardsContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link ProductCards} contract on H2, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class H2ProductCardsTest extends ProductCardsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Parameter
    Isolation isolation;

    @Override
    protected ProductCards newProductCards() {
        return DB.emptyStores(isolation, "hm_product_card_version", "hm_product_card").productCards();
    }
}
