package fi.hoitomalli.testkit;

import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.Inquiry;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The jqwik domain of product cards and the ground rules: use {@code @Domain(ContactDomain.class)} to
 * get {@code @ForAll} inquiries, decisions, product cards, card versions, call-back promises, instants
 * (2026–2029) and working times from {@link ContactArbitraries}.
 */
public class ContactDomain extends DomainContextBase {

    @Provide
    Arbitrary<Inquiry> inquiries() {
        return ContactArbitraries.inquiries();
    }

    @Provide
    Arbitrary<Decision> decisions() {
        return ContactArbitraries.decisions();
    }

    @Provide
    Arbitrary<ProductCard> productCards() {
        return ContactArbitraries.productCards();
    }

    @Provide
    Arbitrary<ProductCardVersion> productCardVersions() {
        return ContactArbitraries.productCardVersions();
    }

    @Provide
    Arbitrary<CallbackPromise> callbackPromises() {
        return ContactArbitraries.callbackPromises();
    }

    @Provide
    Arbitrary<CallbackPromise.Open> openPromises() {
        return ContactArbitraries.openPromises();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ContactArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> workingTimes() {
        return ContactArbitraries.workingTimes();
    }
}
