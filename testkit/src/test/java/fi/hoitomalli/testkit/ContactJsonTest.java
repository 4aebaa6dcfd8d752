package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.ContactJsonProperties.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.VantaaCatalogue;
import fi.hoitomalli.contact.ResponseTimePolicy;
import fi.hoitomalli.contact.SelfServiceHint;
import fi.hoitomalli.contact.Topic;
import fi.hoitomalli.json.HoitomalliModule;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reference data of product cards and the ground rules round-trips through {@link HoitomalliModule}. */
class ContactJsonTest {

    @Test
    void referenceDataRoundTrips() throws Exception {
        for (ProductCard card : VantaaCatalogue.cards()) {
            assertThat(roundTrip(card, ProductCard.class)).isEqualTo(card);
        }
        ResponseTimePolicy policy = ResponseTimePolicy.vantaaDefault();
        assertThat(roundTrip(policy, ResponseTimePolicy.class)).isEqualTo(policy);
        SelfServiceHint hint = SelfServiceHint.forTopic(Topic.ANNUAL_LEAVE).orElseThrow();
        assertThat(roundTrip(hint, SelfServiceHint.class)).isEqualTo(hint);
        Delivery none = new Delivery.NoPayrollRun(VantaaCatalogue.cards().get(0).id(),
                Instant.parse("2027-01-01T00:00:00Z"), LocalDate.of(2027, 1, 4), LocalDate.of(2028, 2, 8));
        assertThat(roundTrip(none, Delivery.class)).isEqualTo(none);
        assertThat(HoitomalliModule.newObjectMapper().writeValueAsString(none)).contains("\"type\":\"noPayrollRun\"");
    }
}
