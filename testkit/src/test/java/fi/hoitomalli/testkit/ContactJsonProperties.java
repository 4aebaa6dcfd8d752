package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.PromiseTransition;
import fi.hoitomalli.json.HoitomalliModule;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Every public type of product cards and the ground rules round-trips through {@link HoitomalliModule}. */
@Domain(ContactDomain.class)
@Domain(DomainContext.Global.class)
class ContactJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    static <T> T roundTrip(T value, Class<? super T> type) throws Exception {
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
}
