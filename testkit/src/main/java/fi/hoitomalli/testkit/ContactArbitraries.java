package fi.hoitomalli.testkit;

import fi.hoitomalli.catalog.ChangeNote;
import fi.hoitomalli.catalog.OrderChannel;
import fi.hoitomalli.catalog.OrderingDeadline;
import fi.hoitomalli.catalog.OrderingRules;
import fi.hoitomalli.catalog.ProductCard;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.catalog.ProductCardVersion;
import fi.hoitomalli.catalog.QualityMetric;
import fi.hoitomalli.catalog.Responsibilities;
import fi.hoitomalli.catalog.SelfServiceChannel;
import fi.hoitomalli.catalog.ServiceArea;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.contact.Asker;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Channel;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.Knowledge;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.contact.Routing;
import fi.hoitomalli.contact.Topic;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.EscalationLevel;
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik arbitraries for product cards and the ground rules: inquiries of every shape (every asker,
 * topic, channel, escalation level, knowledge and flag), product cards, call-back promises in every
 * state, and the decisions of {@link #sampleCentre()}'s routing. Registered as an
 * {@link ArbitraryProvider}, so {@code @ForAll Inquiry} works without further set-up; see also
 * {@link ContactDomain}.
 */
public final class ContactArbitraries implements ArbitraryProvider {

    /** The team of {@link #sampleCentre()}. */
    public static final TeamId SAMPLE_TEAM = new TeamId("T-SAMPLE");

    /** The secretaries of {@link #sampleCentre()}: S-1/S-2 and S-3/S-4 are pairs, S-5 has none. */
    public static final List<SecretaryId> SAMPLE_SECRETARIES = List.of(new SecretaryId("S-1"), new SecretaryId("S-2"),
            new SecretaryId("S-3"), new SecretaryId("S-4"), new SecretaryId("S-5"));

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2029-12-31T00:00:00Z");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzäöåÄÖÅ";

    /** A service team of five secretaries (two pairs and one without a partner) for routing and handover. */
    public static ServiceTeam sampleTeam() {
        return new ServiceTeam(SAMPLE_TEAM, "Sample team", Set.of(new SectorId("SIVI")), new StaffId("L-1"),
                SAMPLE_SECRETARIES, List.of(new SubstitutePair(SAMPLE_SECRETARIES.get(0), SAMPLE_SECRETARIES.get(1)),
                        new SubstitutePair(SAMPLE_SECRETARIES.get(2), SAMPLE_SECRETARIES.get(3))));
    }

    /** The service centre of {@link #sampleTeam()}. */
    public static ServiceCentre sampleCentre() {
        List<Secretary> secretaries = SAMPLE_SECRETARIES.stream()
                .map(id -> new Secretary(id, "Secretary " + id, email(id.value()), Language.FI)).toList();
        return ServiceCentre.of(List.of(sampleTeam()), secretaries,
                new ManagementGroup(staff("H-1"), List.of(staff("L-1")), staff("LAW-1")));
    }

    /** Routing of {@link #sampleCentre()} with Vantaa's defaults and promise ids P-1, P-2, …. */
    public static Routing sampleRouting() {
        return Routing.withVantaaDefaults(sampleCentre(), IdSource.sequential("P"));
    }

    /** Instants from 2026 to 2029, so that DST changes, holidays and payroll runs are all met. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    /** Non-blank texts in three languages, with Finnish and Swedish letters. */
    public static Arbitrary<LocalizedText> localizedTexts() {
        Arbitrary<String> word = Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(word, word, word).as(LocalizedText::new);
    }

    /** Inquiries of every shape, to a secretary of {@link #sampleCentre()}. */
    public static Arbitrary<Inquiry> inquiries() {
        Arbitrary<Asker> askers = Arbitraries.of(Asker.class);
        Arbitrary<Inquiry> head = Combinators.combine(
                Arbitraries.integers().between(1, 9999).map(i -> new InquiryId("I-" + i)),
                instants(),
                Arbitraries.of(SAMPLE_SECRETARIES),
                askers,
                Arbitraries.of(Topic.class),
                Arbitraries.of(Channel.class),
                Arbitraries.of(EscalationLevel.class),
                Arbitraries.of(Knowledge.class))
                .as((id, at, secretary, asker, topic, channel, level, knowledge) -> new Inquiry(id, at, secretary,
                        asker, asker == Asker.EXTERNAL ? Optional.empty() : Optional.of(new CustomerId("C-" + id.value())),
                        topic, channel, level, knowledge, false, false, false, false));
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(head, flag, flag, flag, flag)
                .as((inquiry, discretionary, conflict, contentious, several) -> inquiry
                        .withDiscretion(discretionary).withConflictSuspected(conflict)
                        .withContentious(contentious).withSeveralSectors(several));
    }

    /** The decisions of {@link #sampleRouting()} for {@link #inquiries()}; each from a fresh routing (promise id P-1). */
    public static Arbitrary<Decision> decisions() {
        return inquiries().map(inquiry -> sampleRouting().decide(inquiry));
    }

    /** Product cards with every kind of deadline, delivery times of 0–20 working days and 1–3 metrics. */
    public static Arbitrary<ProductCard> productCards() {
        Arbitrary<LocalTime> cutOffs = Arbitraries.integers().between(8 * 4, 17 * 4).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<OrderingDeadline> deadlines = Arbitraries.oneOf(
                cutOffs.map(OrderingDeadline.AnyWorkingDay::new),
                Combinators.combine(cutOffs, Arbitraries.integers().between(0, 10)).as(OrderingDeadline.BeforePayrollRun::new));
        Arbitrary<OrderingRules> ordering = Combinators.combine(Arbitraries.of(OrderChannel.class), deadlines)
                .as(OrderingRules::new);
        Arbitrary<Responsibilities> responsibilities = Combinators.combine(
                localizedTexts().list().ofMinSize(1).ofMaxSize(3), localizedTexts().list().ofMinSize(1).ofMaxSize(3))
                .as(Responsibilities::new);
        Arbitrary<List<QualityMetric>> metrics = Arbitraries.subsetOf("ON_TIME", "FIRST_TIME_RIGHT", "SATISFACTION")
                .ofMinSize(1).flatMap(codes -> Combinators.combine(codes.stream().sorted().map(ContactArbitraries::metric)
                        .toList()).as(List::copyOf));
        Arbitrary<ProductCard> base = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8).map(ProductCardId::new),
                Arbitraries.of(ServiceArea.class), localizedTexts(), localizedTexts(), responsibilities, ordering,
                Arbitraries.integers().between(0, 20), metrics)
                .as((id, area, name, content, resp, order, days, ms) -> new ProductCard(id, area, name, content, resp,
                        order, days, ms, SAMPLE_TEAM, Optional.empty()));
        return Combinators.combine(base, Arbitraries.of(SelfServiceChannel.class).optional(),
                        Arbitraries.of(SAMPLE_TEAM, new TeamId("T-OTHER")))
                .as((card, channel, team) -> new ProductCard(card.id(), card.area(), card.name(), card.content(),
                        card.responsibilities(), card.ordering(), card.deliveryWorkingDays(), card.metrics(), team, channel));
    }

    /** Saved versions of product cards. */
    public static Arbitrary<ProductCardVersion> productCardVersions() {
        Arbitrary<ChangeNote> notes = Combinators.combine(Arbitraries.of("H-1", "L-1", "S-1"), instants(),
                Arbitraries.of("catalogue 2027", "steering group decision", "typo"))
                .as(ChangeNote::new);
        return Combinators.combine(productCards(), Arbitraries.longs().between(1, 50), notes).as(ProductCardVersion::new);
    }

    /** Call-back promises in every state: open, kept (on time or late), broken, some handed over. */
    public static Arbitrary<CallbackPromise> callbackPromises() {
        Arbitrary<PromiseTerms> terms = Combinators.combine(
                Arbitraries.integers().between(1, 9999), instants(),
                Arbitraries.longs().between(0, 72 * 3600L),
                Arbitraries.of(SAMPLE_SECRETARIES), Arbitraries.of(SAMPLE_SECRETARIES),
                Arbitraries.of(true, false))
                .as((n, made, seconds, owner, holder, customer) -> new PromiseTerms(new PromiseId("P-" + n),
                        new InquiryId("I-" + n), customer ? Optional.of(new CustomerId("C-" + n)) : Optional.empty(),
                        SAMPLE_TEAM, owner, holder, made, made.plusSeconds(seconds)));
        Arbitrary<Long> later = Arbitraries.longs().between(1, 100 * 3600L);
        return Arbitraries.oneOf(
                terms.map(CallbackPromise.Open::new),
                Combinators.combine(terms, later).as((t, s) -> new CallbackPromise.Kept(t, t.madeAt().plusSeconds(s - 1))),
                Combinators.combine(terms, later).as((t, s) -> new CallbackPromise.Broken(t, t.due().plusSeconds(s))));
    }

    /** Open promises of {@link #callbackPromises()}'s shape. */
    public static Arbitrary<CallbackPromise.Open> openPromises() {
        return callbackPromises().map(p -> new CallbackPromise.Open(p.terms()));
    }

    /** Working time durations from zero to ten working days, in minutes. */
    public static Arbitrary<Duration> workingTimes() {
        return Arbitraries.longs().between(0, 80 * 60L).map(Duration::ofMinutes);
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(Inquiry.class) || targetType.isOfType(ProductCard.class)
                || targetType.isOfType(ProductCardVersion.class) || targetType.isOfType(CallbackPromise.class)
                || targetType.isOfType(Decision.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(Inquiry.class)) {
            return Set.of(inquiries());
        }
        if (targetType.isOfType(ProductCard.class)) {
            return Set.of(productCards());
        }
        if (targetType.isOfType(ProductCardVersion.class)) {
            return Set.of(productCardVersions());
        }
        if (targetType.isOfType(CallbackPromise.class)) {
            return Set.of(callbackPromises());
        }
        return Set.of(decisions());
    }

    private static Arbitrary<QualityMetric> metric(String code) {
        return Combinators.combine(localizedTexts(), Arbitraries.of(QualityMetric.Comparison.class),
                        Arbitraries.integers().between(0, 1000).map(i -> i / 10.0), Arbitraries.of(QualityMetric.MetricUnit.class))
                .as((name, comparison, target, unit) -> new QualityMetric(code, name, comparison, target, unit));
    }

    private static EmailAddress email(String local) {
        return new EmailAddress(local.toLowerCase(java.util.Locale.ROOT) + "@vantaa.fi");
    }

    private static StaffMember staff(String id) {
        return new StaffMember(new StaffId(id), "Staff " + id, email(id), Language.FI);
    }
}
