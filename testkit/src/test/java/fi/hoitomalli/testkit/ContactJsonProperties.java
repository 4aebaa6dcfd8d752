package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.VantaaCatalogue;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.PromiseTransition;
import fi.hoitomalli.contact.ResponseTimePolicy;
import fi.hoitomalli.contact.SelfServiceHint;
import fi.hoitomalli.contact.Topic;
import fi.hoitomalli.json.HoitomalliModule;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.junit.jupiter.api.Test;

/** Every public type of product cards and the ground rules round-trips through {@link HoitomalliModule}. */
@Domain(ContactDomain.class)
@Domain(DomainContext.Global.class)
class ContactJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    private static <T> T roundTrip(T value, Class<? super T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        @SuppressWarnings("unchecked")
        T back = (T) MAPPER.readValue(json, type);
        return back;
    }

    @Property(tries = 100)
    void inquiriesRoundTrip(@ForAll Inquiry inquiry) throws Exception {
        assertThat(roundTrip(inquiry, Inquiry.class)).isEqualTo(inquiry);
    }

    @Property(tries = 200)
    void decisionsRoundTrip(@ForAll Decision decision) throws Exception {
        assertThat(roundTrip(decision, Decision.class)).isEqualTo(decision);
    }

    @Property(tries = 100)
    void productCardVersionsRoundTrip(@ForAll ProductCardVersion version) throws Exception {
        assertThat(roundTrip(version, ProductCardVersion.class)).isEqualTo(version);
    }

    @Property(tries = 100)
    void deliveriesRoundTrip(@ForAll ProductCard card, @ForAll Instant orderedAt) throws Exception {
        Delivery delivery = card.deliveryFor(orderedAt, WorkingCalendar.vantaaDefault());
        assertThat(roundTrip(delivery, Delivery.class)).isEqualTo(delivery);
    }

    @Property(tries = 100)
    void promisesAndTheirTransitionsRoundTrip(@ForAll CallbackPromise promise, @ForAll Instant at) throws Exception {
        assertThat(roundTrip(promise, CallbackPromise.class)).isEqualTo(promise);
        PromiseTransition transition = promise.keep(at);
        assertThat(roundTrip(transition, PromiseTransition.class)).isEqualTo(transition);
    }

    @Test
    void referenceDataRoundTrips() throws Exception {
        for (ProductCard card : VantaaCatalogue.cards()) {
            assertThat(roundTrip(card, ProductCard.class)).isEqualTo(card);
        }
        ResponseTimePolicy policy = ResponseTimePolicy.vantaaDefault();
        assertThat(roundTrip(policy, ResponseTimePolicy.class)).isEqualTo(policy);
        SelfServiceHint hint = SelfServiceHint.forTopic(Topic.ANNUAL_LEAVE).orElseThrow();
        assertThat(roundTrip(hint, SelfServiceHint.class)).isEqualTo(hint);
        Delivery none = new Delivery.NoPayrollRun(card0().id(), Instant.parse("2027-01-01T00:00:00Z"),
                java.time.LocalDate.of(2027, 1, 4), java.time.LocalDate.of(2028, 2, 8));
        assertThat(roundTrip(none, Delivery.class)).isEqualTo(none);
        assertThat(MAPPER.writeValueAsString(none)).contains("\"type\":\"noPayrollRun\"");
        assertThat(roundTrip(Optional.of(card0()).orElseThrow(), ProductCard.class)).isEqualTo(card0());
    }

    private static ProductCard card0() {
        return VantaaCatalogue.cards().get(0);
    }
}
