package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.Responsibilities;
import fi.hoitomalli.testkit.ContactArbitraries;
import fi.hoitomalli.testkit.FoundationArbitraries;
import fi.hoitomalli.testkit.PlanArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Round trips of the versioned and stateful stores: arbitrary values of the testkit's arbitraries, their
 * texts enriched with Finnish and Swedish letters, emoji, quotes and now and then 4,000 characters, are
 * stored and read back equal. Subclasses pick the database (few tries on the servers: each try is a
 * network round trip or several).
 */
abstract class StoreRoundTrip {

    /** The database's fixture, opened by the subclass. */
    abstract DatabaseFixture fixture();

    @Property
    void anyAccountPlanVersionReadsBackEqual(@ForAll("planVersions") AccountPlanVersion version) {
        AccountPlans store = fixture().emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
        AccountPlanVersion first = new AccountPlanVersion(version.plan(), 1, version.author(), version.changedAt(),
                version.reason());
        store.save(first);
        assertThat(store.current(version.plan().sector(), version.plan().year())).contains(first);
        assertThat(store.currentOf(version.plan().year())).containsExactly(first);
    }

    @Property
    void anyProductCardReadsBackEqual(@ForAll("cardVersions") ProductCardVersion version) {
        ProductCards store = fixture().emptyStores("hm_product_card_version", "hm_product_card").productCards();
        ProductCardVersion saved = store.save(version.card(), 0, version.change());
        assertThat(store.current(version.card().id())).contains(saved);
        assertThat(store.history(version.card().id())).containsExactly(new ProductCardVersion(version.card(), 1,
                version.change()));
    }

    @Property
    void anyCallbackPromiseReadsBackEqual(@ForAll("promises") CallbackPromise promise) {
        CallbackPromises store = fixture().emptyStores("hm_callback_promise").callbackPromises();
        store.add(promise);
        assertThat(store.find(promise.id())).contains(promise);
        assertThat(store.overdueInTeam(promise.terms().team(), promise.terms().due().plusSeconds(1)))
                .containsExactly(promise instanceof CallbackPromise.Kept ? new CallbackPromise[0]
                        : new CallbackPromise[] {promise});
    }

    @Provide
    Arbitrary<AccountPlanVersion> planVersions() {
        Arbitrary<Responsibilities> rich = Combinators.combine(richTexts(), richTexts(),
                PlanArbitraries.responsibilities()).as((manager, effort, r) ->
                new Responsibilities(manager, r.accountTeam(), effort));
        return Combinators.combine(PlanArbitraries.accountPlanVersions(), rich, richTexts(), richTexts())
                .as((v, responsibilities, author, reason) -> new AccountPlanVersion(
                        v.plan().withResponsibilities(responsibilities), v.version(), author, v.changedAt(), reason));
    }

    @Provide
    Arbitrary<ProductCardVersion> cardVersions() {
        Arbitrary<LocalizedText> content = Combinators.combine(richTexts(), richTexts(), richTexts())
                .as(LocalizedText::new);
        return Combinators.combine(ContactArbitraries.productCardVersions(), content, richTexts(), richTexts())
                .as((v, text, author, reason) -> {
                    ProductCard card = v.card().withContent(text);
                    return new ProductCardVersion(card, v.version(),
                            new ChangeNote(author, v.change().at(), reason));
                });
    }

    @Provide
    Arbitrary<CallbackPromise> promises() {
        Arbitrary<String> tricky = Arbitraries.of("ä", "Å", "ö", "'", "\"", "😀", "🇫🇮", "\\", "%", "_", ";")
                .list().ofMinSize(1).ofMaxSize(4).map(t -> String.join("", t));
        return Combinators.combine(ContactArbitraries.callbackPromises(), tricky).as((p, mark) -> {
            PromiseTerms t = p.terms();
            PromiseTerms terms = new PromiseTerms(new PromiseId(t.id().value() + mark),
                    new InquiryId(t.inquiry().value() + mark),
                    t.customer().map(c -> new CustomerId(c.value() + mark)), t.team(), t.owner(), t.holder(),
                    t.madeAt(), t.due());
            return withTerms(p, terms);
        });
    }

    private static CallbackPromise withTerms(CallbackPromise promise, PromiseTerms terms) {
        if (promise instanceof CallbackPromise.Kept kept) {
            return new CallbackPromise.Kept(terms, kept.keptAt());
        }
        if (promise instanceof CallbackPromise.Broken broken) {
            return new CallbackPromise.Broken(terms, broken.brokenAt());
        }
        return new CallbackPromise.Open(terms);
    }

    /** The foundation's texts (letters, quotes, emoji), now and then 4,000 characters long. */
    private static Arbitrary<String> richTexts() {
        Arbitrary<String> long4000 = FoundationArbitraries.texts().map(t -> cutAt(t.repeat(4_000 / t.length() + 1)));
        return Arbitraries.frequencyOf(Tuple.of(8, FoundationArbitraries.texts()), Tuple.of(1, long4000));
    }

    /** 4,000 chars at most, never splitting a surrogate pair. */
    private static String cutAt(String text) {
        int end = Math.min(4_000, text.length());
        return Character.isHighSurrogate(text.charAt(end - 1)) ? text.substring(0, end - 1) : text.substring(0, end);
    }
}
