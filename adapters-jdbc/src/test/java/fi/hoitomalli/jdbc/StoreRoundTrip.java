package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.clock.ActivityKey;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.common.ConcurrentUpdateException;
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
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.Responsibilities;
import fi.hoitomalli.team.TeamId;
import fi.hoitomalli.testkit.ClockArbitraries;
import fi.hoitomalli.testkit.ContactArbitraries;
import fi.hoitomalli.testkit.FoundationArbitraries;
import fi.hoitomalli.testkit.InMemoryClockActivities;
import fi.hoitomalli.testkit.PlanArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Round trips of the versioned and stateful stores: arbitrary values of the testkit's arbitraries, their
 * texts enriched with Finnish and Swedish letters, emoji, quotes and now and then 4,000 characters, are
 * stored and read back equal; and the annual clock's activities after any sequence of marks are what the
 * testkit's in-memory store holds. Subclasses pick the database (few tries on the servers: each try is a
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

    @Property
    void anyClockActivityReadsBackEqual(@ForAll("recordedActivities") Tuple2<AnnualClock, ClockActivity> recorded) {
        ClockActivities store = fixture().emptyStores("hm_clock_activity").clockActivities();
        AnnualClock clock = recorded.get1();
        ClockActivity expected = recorded.get2();
        ClockScope scope = expected.scope();

        assertThat(store.plan(scope, clock)).containsExactly(ClockActivity.planned(scope, expected.occurrence()));
        expected.mark().ifPresent(mark -> store.mark(expected.key(), 1, mark));

        assertThat(store.find(expected.key())).contains(expected);
        assertThat(store.ofYear(scope, clock.year())).containsExactly(expected);
        assertThat(store.inStatus(scope, expected.status(), expected.occurrence().date(),
                expected.occurrence().date())).containsExactly(expected);
        assertThat(store.records(scope, clock.year())).containsExactly(expected.record());
        assertThat(store.scopes(clock.year())).containsExactly(scope);
    }

    @Property
    void anySequenceOfMarksLeavesWhatTheInMemoryStoreLeaves(@ForAll("clocks") AnnualClock clock,
            @ForAll("scopes") ClockScope scope, @ForAll("markSteps") List<Tuple3<Integer, Integer, ActivityMark>> steps) {
        ClockActivities store = fixture().emptyStores("hm_clock_activity").clockActivities();
        ClockActivities model = new InMemoryClockActivities();
        assertThat(store.plan(scope, clock)).containsExactlyElementsOf(model.plan(scope, clock));
        List<ActivityKey> keys = model.ofYear(scope, clock.year()).stream().map(ClockActivity::key).toList();

        for (Tuple3<Integer, Integer, ActivityMark> step : steps) {
            ActivityKey key = keys.get(step.get1() % keys.size());
            long based = model.find(key).orElseThrow().version() + step.get2();
            if (step.get2() == 0) {
                assertThat(store.mark(key, based, step.get3())).isEqualTo(model.mark(key, based, step.get3()));
            } else {
                assertThatThrownBy(() -> store.mark(key, based, step.get3()))
                        .isInstanceOf(ConcurrentUpdateException.class);
            }
        }

        assertThat(store.ofYear(scope, clock.year())).containsExactlyElementsOf(model.ofYear(scope, clock.year()));
        assertThat(store.records(scope, clock.year())).containsExactlyElementsOf(model.records(scope, clock.year()));
        LocalDate first = clock.year().atDay(1);
        LocalDate last = clock.year().atMonth(12).atEndOfMonth();
        for (ActivityStatus status : ActivityStatus.values()) {
            assertThat(store.inStatus(scope, status, first, last))
                    .containsExactlyElementsOf(model.inStatus(scope, status, first, last));
        }
        assertThat(store.plan(scope, clock)).isEmpty();
    }

    /**
     * A clock of one occurrence and the activity recorded from it: ids of the scope, the template and the
     * participants with Finnish and Swedish letters, emoji, quotes and SQL wildcards; marks of every status
     * with notes up to 4,000 characters.
     */
    @Provide
    Arbitrary<Tuple2<AnnualClock, ClockActivity>> recordedActivities() {
        Arbitrary<ClockScope> scopes = Combinators.combine(ClockArbitraries.clockScopes(), tricky()).as((scope, mark) ->
                scope instanceof ClockScope.OfTeam team ? ClockScope.team(new TeamId(team.id() + mark)) : scope);
        return ClockArbitraries.annualClocks().filter(c -> !c.occurrences().isEmpty()).flatMap(clock ->
                Combinators.combine(Arbitraries.of(clock.occurrences()), scopes, tricky(),
                        ClockArbitraries.activityMarks().optional()).as((occurrence, scope, mark, activityMark) -> {
                            ActivityTemplate template = renamed(clock.template(occurrence.template()).orElseThrow(),
                                    mark);
                            Occurrence marked = new Occurrence(template.id(), occurrence.date(), occurrence.start(),
                                    occurrence.duration(), occurrence.people().stream()
                                            .map(p -> new Participant(p.value() + mark))
                                            .collect(Collectors.toSet()));
                            AnnualClock single = new AnnualClock(clock.year(), List.of(template), List.of(marked),
                                    List.of());
                            return Tuple.of(single, new ClockActivity(scope, marked, activityMark,
                                    activityMark.isPresent() ? 2 : 1));
                        }));
    }

    private static ActivityTemplate renamed(ActivityTemplate t, String mark) {
        return new ActivityTemplate(new TemplateId(t.id().value() + mark), t.code(), t.name(), t.subject(),
                t.category(), t.cadence(), t.months(), t.preferredWeekday(), t.duration(), t.owner(),
                t.participants(), t.audience(), t.sector(), t.team(), t.encounter(), t.placement());
    }

    @Provide
    Arbitrary<AnnualClock> clocks() {
        return ClockArbitraries.annualClocks().filter(c -> !c.occurrences().isEmpty());
    }

    @Provide
    Arbitrary<ClockScope> scopes() {
        return ClockArbitraries.clockScopes();
    }

    @Provide
    Arbitrary<List<Tuple3<Integer, Integer, ActivityMark>>> markSteps() {
        return ClockArbitraries.markSteps(12);
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

    /** Marks that ids may carry: Finnish and Swedish letters, quotes, emoji, a backslash, SQL wildcards. */
    private static Arbitrary<String> tricky() {
        return Arbitraries.of("ä", "Å", "ö", "'", "\"", "😀", "🇫🇮", "\\", "%", "_", ";")
                .list().ofMinSize(1).ofMaxSize(4).map(t -> String.join("", t));
    }

    @Provide
    Arbitrary<CallbackPromise> promises() {
        return Combinators.combine(ContactArbitraries.callbackPromises(), tricky()).as((p, mark) -> {
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
