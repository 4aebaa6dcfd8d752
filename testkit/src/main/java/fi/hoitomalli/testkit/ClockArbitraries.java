package fi.hoitomalli.testkit;

import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityRecord;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.Audience;
import fi.hoitomalli.clock.Cadence;
import fi.hoitomalli.clock.Category;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.meeting.Participant;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik arbitraries for the annual clock: working calendars, activity templates (drawn from a small pool
 * of people so that bookings collide), template lists with unique ids, generated clocks, activity
 * records, and what a {@code ClockActivities} store keeps (scopes, status marks with rich notes, recorded
 * activities). Registered as an {@link ArbitraryProvider} for {@link ActivityTemplate}, {@link AnnualClock},
 * {@link WorkingCalendar}, {@link ClockScope}, {@link ActivityMark} and {@link ClockActivity}; or use
 * {@link PlanDomain}.
 */
public final class ClockArbitraries implements ArbitraryProvider {

    private static final List<Participant> PEOPLE = List.of(
            new Participant("secretary:S-1"), new Participant("secretary:S-2"), new Participant("secretary:S-3"),
            new Participant("staff:L-1"), new Participant("staff:HEAD"), new Participant("group:HR-SIVI"));

    /** For ServiceLoader; use the static factories in code. */
    public ClockArbitraries() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(ActivityTemplate.class) || targetType.isOfType(AnnualClock.class)
                || targetType.isOfType(WorkingCalendar.class) || targetType.isOfType(ClockScope.class)
                || targetType.isOfType(ActivityMark.class) || targetType.isOfType(ClockActivity.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        if (targetType.isOfType(ActivityTemplate.class)) {
            return Set.of(templates());
        }
        if (targetType.isOfType(AnnualClock.class)) {
            return Set.of(annualClocks());
        }
        if (targetType.isOfType(ClockScope.class)) {
            return Set.of(clockScopes());
        }
        if (targetType.isOfType(ActivityMark.class)) {
            return Set.of(activityMarks());
        }
        if (targetType.isOfType(ClockActivity.class)) {
            return Set.of(clockActivities());
        }
        return Set.of(workingCalendars());
    }

    /** Clock years 2020–2035. */
    public static Arbitrary<Year> years() {
        return Arbitraries.integers().between(2020, 2035).map(Year::of);
    }

    /**
     * Working calendars in Helsinki: Vantaa's default, or 1–3 nominal payroll days a month, with up to
     * five extra closed days in 2020–2035.
     */
    public static Arbitrary<WorkingCalendar> workingCalendars() {
        Arbitrary<PayrollRuns> runs = Arbitraries.oneOf(Arbitraries.just(PayrollRuns.vantaaDefault()),
                Arbitraries.integers().between(1, 31).set().ofMinSize(1).ofMaxSize(3)
                        .map(days -> new PayrollRuns.Monthly(List.copyOf(days))));
        Arbitrary<Set<LocalDate>> closed = PlanArbitraries.dates().set().ofMaxSize(5);
        return Combinators.combine(runs, closed).as((r, c) -> new WorkingCalendar(WorkingCalendar.HELSINKI, r, c));
    }

    /** Non-empty sets of months; July is included only sometimes. */
    public static Arbitrary<Set<Month>> months() {
        return Arbitraries.of(Month.class).set().ofMinSize(1).ofMaxSize(12).map(EnumSet::copyOf);
    }

    /** Cadences planning 1–6 a year. */
    public static Arbitrary<Cadence> cadences() {
        return Arbitraries.integers().between(1, 6).flatMap(max ->
                Arbitraries.integers().between(0, max).map(min -> new Cadence(min, max)));
    }

    /** Scheduled templates with a given id, owned by and booking people of a small shared pool. */
    public static Arbitrary<ActivityTemplate> scheduledTemplate(TemplateId id) {
        Arbitrary<Category> categories = Arbitraries.of(EnumSet.complementOf(EnumSet.of(Category.PAYROLL)));
        Arbitrary<Duration> durations = Arbitraries.integers().between(1, 10).map(halfHours ->
                Duration.ofMinutes(30L * halfHours));
        return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.subsetOf(PEOPLE).ofMaxSize(3), categories,
                        cadences(), months(), Arbitraries.of(DayOfWeek.class).optional(), durations,
                        Arbitraries.of(Audience.class))
                .as((owner, others, category, cadence, months, weekday, duration, audience) -> {
                    ActivityTemplate template = ActivityTemplate.scheduled(id, id.value(),
                                    PlanArbitraries.localizedTextsFixed("activity " + id.value()),
                                    PlanArbitraries.localizedTextsFixed("subject"), category, cadence, owner)
                            .withMonths(months).withDuration(duration).withAudience(audience)
                            .withParticipants(others.stream().sorted(
                                    java.util.Comparator.comparing(Participant::value)).toList());
                    return weekday.map(template::withPreferredWeekday).orElse(template);
                });
    }

    /** Single templates: mostly scheduled, sometimes the payroll runs. */
    public static Arbitrary<ActivityTemplate> templates() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, PlanArbitraries.codes().flatMap(c -> scheduledTemplate(new TemplateId("T-" + c)))),
                net.jqwik.api.Tuple.of(1, payrollTemplates()));
    }

    private static Arbitrary<ActivityTemplate> payrollTemplates() {
        return Arbitraries.integers().between(12, 36).map(n -> ActivityTemplate.payrollRuns(new TemplateId("PAYROLL"),
                PlanArbitraries.localizedTextsFixed("payroll run"), PlanArbitraries.localizedTextsFixed("unit"),
                new Cadence(Math.min(n, 24), n), new Participant("group:payroll")));
    }

    /** 1–8 templates with unique ids (T-1 …), sharing people, possibly with the payroll runs. */
    public static Arbitrary<List<ActivityTemplate>> templateLists() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            List<Arbitrary<ActivityTemplate>> parts = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                parts.add(scheduledTemplate(new TemplateId("T-" + i)));
            }
            Arbitrary<List<ActivityTemplate>> scheduled = Combinators.combine(parts).as(List::copyOf);
            return Combinators.combine(scheduled, Arbitraries.of(true, false), payrollTemplates())
                    .as((list, withPayroll, payroll) -> {
                        List<ActivityTemplate> all = new ArrayList<>(list);
                        if (withPayroll) {
                            all.add(payroll);
                        }
                        return List.copyOf(all);
                    });
        });
    }

    /**
     * 1–8 templates that can always be placed in full: each has its own owner and no participants, lasts
     * at most four hours, plans at most six a year and allows at least two months.
     */
    public static Arbitrary<List<ActivityTemplate>> placeableTemplateLists() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            List<Arbitrary<ActivityTemplate>> parts = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Participant own = new Participant("secretary:OWN-" + i);
                parts.add(scheduledTemplate(new TemplateId("T-" + i))
                        .filter(t -> t.months().size() >= 2 && t.duration().toMinutes() <= 240)
                        .map(t -> ActivityTemplate.scheduled(t.id(), t.code(), t.name(), t.subject(), t.category(),
                                        t.cadence(), own)
                                .withMonths(t.months()).withDuration(t.duration()).withAudience(t.audience())));
            }
            return Combinators.combine(parts).as(List::copyOf);
        });
    }

    /** Clocks generated by {@link ClockPlanner} from arbitrary templates, years and calendars. */
    public static Arbitrary<AnnualClock> annualClocks() {
        return Combinators.combine(years(), templateLists(), workingCalendars())
                .as((year, templates, calendar) -> new ClockPlanner(calendar).generate(year, templates));
    }

    /** Records of the clock's occurrences, each held, planned or cancelled. */
    public static Arbitrary<List<ActivityRecord>> activityRecords(AnnualClock clock) {
        List<Arbitrary<ActivityRecord>> parts = clock.occurrences().stream()
                .map(o -> Arbitraries.of(ActivityStatus.class).map(s -> new ActivityRecord(o.template(), o.date(), s)))
                .toList();
        return parts.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(parts).as(List::copyOf);
    }

    /** The city's clock, sectors' and teams' own clocks (ids from the foundation's small pools). */
    public static Arbitrary<ClockScope> clockScopes() {
        return Arbitraries.oneOf(Arbitraries.just(ClockScope.city()),
                FoundationArbitraries.sectorIds().map(ClockScope::sector),
                FoundationArbitraries.teamIds().map(ClockScope::team));
    }

    /** Instants of 2020–2035 to the second (what every store keeps exactly). */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_577_836_800L, 2_082_758_399L).map(Instant::ofEpochSecond);
    }

    /**
     * Notes of a mark: the foundation's texts (Finnish and Swedish letters, quotes, emoji), now and then
     * exactly {@value ActivityMark#MAX_NOTE} characters long, never splitting a surrogate pair.
     */
    public static Arbitrary<String> notes() {
        Arbitrary<String> longest = FoundationArbitraries.texts().map(t -> {
            String repeated = t.repeat(ActivityMark.MAX_NOTE / t.length() + 1);
            int end = ActivityMark.MAX_NOTE;
            if (Character.isHighSurrogate(repeated.charAt(end - 1))) {
                return repeated.substring(0, end - 1) + "x";
            }
            return repeated.substring(0, end);
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, FoundationArbitraries.texts()),
                net.jqwik.api.Tuple.of(1, longest));
    }

    /** Marks of every status, by people with rich names, with or without a note. */
    public static Arbitrary<ActivityMark> activityMarks() {
        Arbitrary<Optional<String>> notes = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                notes().map(Optional::of));
        return Combinators.combine(Arbitraries.of(ActivityStatus.class), FoundationArbitraries.texts(), instants(),
                notes).as(ActivityMark::new);
    }

    /**
     * Up to {@code maxSize} steps of marking a store's activities: which activity (an index, to be taken modulo
     * the number planned), the version offset against the current one (mostly 0; −1 stale, +1 not yet
     * existing) and the mark.
     */
    public static Arbitrary<List<Tuple3<Integer, Integer, ActivityMark>>> markSteps(int maxSize) {
        Arbitrary<Integer> offsets = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.just(1)));
        return Combinators.combine(Arbitraries.integers().between(0, 500), offsets, activityMarks())
                .as(Tuple::of).list().ofMaxSize(maxSize);
    }

    /**
     * Recorded activities: an occurrence of a generated clock in some scope, never marked (version 1) or
     * marked (version 2 and up).
     */
    public static Arbitrary<ClockActivity> clockActivities() {
        return annualClocks().filter(c -> !c.occurrences().isEmpty()).flatMap(clock -> Combinators.combine(
                clockScopes(), Arbitraries.of(clock.occurrences()), activityMarks().optional(),
                Arbitraries.longs().between(2, 1_000)).as((scope, occurrence, mark, version) ->
                new ClockActivity(scope, occurrence, mark, mark.isPresent() ? version : 1)));
    }
}
