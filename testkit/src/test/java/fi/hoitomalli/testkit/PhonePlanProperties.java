package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.phone.Answerer;
import fi.hoitomalli.phone.DatedWindow;
import fi.hoitomalli.phone.NextWindow;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PilotGroup;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanExpander;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ReachabilityIndex;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;

/** Expansion (PH-3, PH-5, PH-6, PH-7), a mutation per rule, and reachability against the plan, also across DST. */
class PhonePlanProperties {

    static final LocalDate FROM = LocalDate.of(2025, 3, 20);
    static final LocalDate TO = LocalDate.of(2025, 4, 10);

    /** A feasible scenario scheduled and expanded over a random calendar with random absences. */
    record Fixture(PhoneScenario scenario, WeeklyTemplate template, WorkingCalendar calendar, Absences absences,
                   PhonePlan plan) {
        PlanContext context(WeeklyTemplate t, PhonePlan p) {
            return PlanContext.of(scenario.team(), scenario.policy(), t, p, calendar, absences);
        }

        List<String> rules(WeeklyTemplate t, PhonePlan p) {
            return PlanValidator.standard().validate(context(t, p)).stream().map(Violation::rule).toList();
        }
    }

    static Arbitrary<Fixture> fixtures(LocalDate from, LocalDate to) {
        return PhoneArbitraries.feasibleScenarios().flatMap(s -> Combinators.combine(PhoneArbitraries.calendars(),
                PhoneArbitraries.absences(s.team(), from, to)).as((calendar, absences) -> {
                    WeeklyTemplate template = ((ScheduleResult.Scheduled) PhoneScheduler.standard()
                            .schedule(s.team(), s.policy(), s.votes())).template();
                    PhonePlan plan = PlanExpander.expand(s.team(), s.policy(), template, calendar, absences, from, to);
                    return new Fixture(s, template, calendar, absences, plan);
                }));
    }

    @Provide
    Arbitrary<Fixture> fixtures() {
        return fixtures(FROM, TO);
    }

    @Provide
    Arbitrary<Fixture> pairedFixtures() {
        return fixtures(FROM, TO).filter(f -> !f.scenario().team().pairs().isEmpty());
    }

    @Property(tries = 25)
    void expansionsKeepEveryRule(@ForAll("fixtures") Fixture f) {
        assertThat(PlanValidator.standard().validate(f.context(f.template(), f.plan()))).isEmpty();
        for (DatedWindow w : f.plan().windows()) {
            assertThat(f.calendar().isWorkingDay(w.date())).isTrue();
            assertThat(f.plan().openDays()).contains(w.date());
            if (!f.absences().isAbsent(w.owner(), w.date())) {
                assertThat(w.answeredBy()).isEqualTo(new Answerer.Own(w.owner()));
            } else {
                assertThat(w.answeredBy()).isNotEqualTo(new Answerer.Own(w.owner()));
            }
            if (w.answeredBy() instanceof Answerer.Partner p) {
                assertThat(f.absences().isAbsent(p.partner(), w.date())).isFalse();
            }
        }
    }

    // --- one mutation per rule: the validator must name the rule ---

    @Property(tries = 15)
    void ph1_removingAWindowIsCaught(@ForAll("fixtures") Fixture f) {
        PhoneWindow w = f.template().windows().get(0);
        List<PhoneWindow> fewer = new ArrayList<>(f.template().windows());
        fewer.remove(w);
        WeeklyTemplate t = new WeeklyTemplate(f.template().team(), fewer);
        assertThat(f.rules(t, f.plan())).contains("PH-1");
    }

    @Property(tries = 15)
    void ph2_movingADatedWindowIsCaught(@ForAll("fixtures") Fixture f) {
        Assume.that(!f.plan().windows().isEmpty());
        DatedWindow w = f.plan().windows().get(0);
        List<DatedWindow> windows = new ArrayList<>(f.plan().windows());
        LocalTime later = w.start().plusMinutes(f.scenario().policy().gridMinutes());
        windows.set(0, new DatedWindow(w.date(), w.owner(), later, w.end().plusMinutes(f.scenario().policy().gridMinutes()),
                w.answeredBy()));
        Assume.that(later.isAfter(w.start()));
        assertThat(f.rules(f.template(), f.plan().withWindows(windows))).contains("PH-2");
    }

    @Property(tries = 15)
    void ph3_aWindowOverTheWholeDayIsCaught(@ForAll("fixtures") Fixture f) {
        var policy = f.scenario().policy();
        int allowed = policy.serviceHours().values().stream().mapToInt(h -> h.minutes() - policy.windowMinutes()).min().orElse(0);
        Assume.that(allowed > 0);
        var strict = policy.withMinQuietTime(java.time.Duration.ofMinutes(allowed));
        PhoneWindow w = f.template().windows().get(0);
        var hours = policy.hoursOn(w.day()).orElseThrow();
        WeeklyTemplate t = f.template().replace(w, new PhoneWindow(w.secretary(), w.day(), hours.opens(), hours.closes()));
        List<String> rules = PlanValidator.standard().validate(PlanContext.ofTemplate(f.scenario().team(), strict, t))
                .stream().map(Violation::rule).toList();
        assertThat(rules).contains("PH-3");
    }

    @Property(tries = 15)
    void ph4_aDayWithoutWindowsIsCaught(@ForAll("fixtures") Fixture f) {
        DayOfWeek day = f.template().windows().get(0).day();
        List<PhoneWindow> rest = f.template().windows().stream().filter(w -> w.day() != day).toList();
        assertThat(f.rules(new WeeklyTemplate(f.template().team(), rest), f.plan())).contains("PH-4");
    }

    @Property(tries = 15)
    void ph5_overlappingPartnersAreCaught(@ForAll("pairedFixtures") Fixture f) {
        var pair = f.scenario().team().pairs().get(0);
        PhoneWindow first = f.template().windowOf(pair.first(), DayOfWeek.MONDAY).orElse(f.template().windows().get(0));
        PhoneWindow second = f.template().windowOf(pair.second(), first.day()).orElseThrow();
        WeeklyTemplate t = f.template().replace(second, new PhoneWindow(second.secretary(), first.day(), first.start(), first.end()));
        assertThat(f.rules(t, f.plan())).contains("PH-5");
    }

    @Property(tries = 15)
    void ph6_aWindowOnAClosedDayIsCaught(@ForAll("fixtures") Fixture f) {
        SecretaryId s = f.scenario().team().members().get(0);
        List<DatedWindow> windows = new ArrayList<>(f.plan().windows());
        windows.add(new DatedWindow(LocalDate.of(2025, 3, 22), s, LocalTime.of(9, 0), LocalTime.of(10, 0), new Answerer.Own(s)));
        assertThat(f.rules(f.template(), f.plan().withWindows(windows))).contains("PH-6");
    }

    @Property(tries = 15)
    void ph7_aWrongAnswererIsCaught(@ForAll("fixtures") Fixture f) {
        Assume.that(!f.plan().windows().isEmpty());
        DatedWindow w = f.plan().windows().get(0);
        Answerer wrong = w.answeredBy() instanceof Answerer.Voicemail ? new Answerer.Own(w.owner()) : new Answerer.Voicemail();
        List<DatedWindow> windows = new ArrayList<>(f.plan().windows());
        windows.set(0, w.answeredBy(wrong));
        assertThat(f.rules(f.template(), f.plan().withWindows(windows))).contains("PH-7");
    }

    @Property(tries = 15)
    void ph10_anotherZoneIsCaught(@ForAll("fixtures") Fixture f) {
        assertThat(f.rules(f.template(), f.plan().withZone(ZoneId.of("America/New_York")))).contains("PH-10");
    }

    // --- reachability agrees with the plan, also across the DST changes of 2025 ---

    @Provide
    Arbitrary<Fixture> dstFixtures() {
        return fixtures(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 11, 4));
    }

    @Provide
    Arbitrary<List<Instant>> instants() {
        Arbitrary<Instant> nearSpring = Arbitraries.longs().between(0, 6 * 86_400L)
                .map(s -> Instant.parse("2025-03-27T00:00:00Z").plusSeconds(s));
        Arbitrary<Instant> nearAutumn = Arbitraries.longs().between(0, 6 * 86_400L)
                .map(s -> Instant.parse("2025-10-23T00:00:00Z").plusSeconds(s));
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, 230 * 86_400L)
                .map(s -> Instant.parse("2025-03-20T00:00:00Z").plusSeconds(s));
        return Arbitraries.oneOf(nearSpring, nearAutumn, anywhere).list().ofSize(40);
    }

    /**
     * PH-9: with the plan enabled for a pilot group, the pilot's customers get exactly the answers of the
     * plan; the others get the previous plan's answers when there is one, otherwise "no published window".
     */
    @Property(tries = 10)
    void ph9_pilotCustomersGetThePlanOthersThePreviousArrangement(@ForAll("dstFixtures") Fixture f,
            @ForAll("instants") List<Instant> instants, @ForAll("pilotMasks") List<Boolean> inPilot) {
        List<SecretaryId> members = f.scenario().team().members();
        CustomerBase base = customersOf(members);
        PotAssignment pots = potsOf(members);
        Set<CustomerId> pilot = new java.util.HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (inPilot.get(i % inPilot.size())) {
                pilot.add(new CustomerId("P" + i));
                pilot.add(new CustomerId("E" + i));
            }
        }
        ReachabilityIndex full = ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()), pots, base);
        ReachabilityIndex noPrevious = ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()), pots,
                base, new PilotGroup.Listed(pilot), List.of());
        ReachabilityIndex withPrevious = ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()), pots,
                base, new PilotGroup.InSegment(new fi.hoitomalli.segment.HasRole(fi.hoitomalli.customer.Role.EMPLOYEE)),
                List.of(f.plan()));
        // the same in every layout (the previous plan here is another period: the pre-built layout falls back)
        PhonePlan earlier = PlanExpander.expand(f.scenario().team(), f.scenario().policy(), f.template(), f.calendar(),
                f.absences(), f.plan().from().minusDays(3), f.plan().to());
        List<ReachabilityIndex> layouts = new ArrayList<>();
        for (ReachabilityIndex.Layout layout : ReachabilityIndex.Layout.values()) {
            layouts.add(ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()), pots, base,
                    new PilotGroup.Listed(pilot), List.of(), layout));
            layouts.add(ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()), pots, base,
                    new PilotGroup.Listed(pilot), List.of(earlier), layout));
        }
        assertThat(layouts).extracting(ReachabilityIndex::layout).containsExactly(
                ReachabilityIndex.Layout.PREBUILT_ANSWERS, ReachabilityIndex.Layout.COMPACT,
                ReachabilityIndex.Layout.PREBUILT_ANSWERS, ReachabilityIndex.Layout.COMPACT,
                ReachabilityIndex.Layout.COMPACT, ReachabilityIndex.Layout.COMPACT);
        ReachabilityIndex earlierOnly = ReachabilityIndex.build(List.of(earlier), List.of(f.scenario().team()), pots, base);
        for (Instant at : instants) {
            for (int i = 0; i < members.size(); i++) {
                for (String kind : List.of("P", "E")) {
                    CustomerId id = new CustomerId(kind + i);
                    for (int l = 0; l < layouts.size(); l += 2) {
                        assertThat(layouts.get(l).whoAnswers(id, at)).isEqualTo(noPrevious.whoAnswers(id, at));
                        assertThat(layouts.get(l + 1).whoAnswers(id, at)).isEqualTo(
                                pilot.contains(id) ? full.whoAnswers(id, at) : earlierOnly.whoAnswers(id, at));
                    }
                    Reachability planned = full.whoAnswers(id, at);
                    if (pilot.contains(id)) {
                        assertThat(noPrevious.whoAnswers(id, at)).isEqualTo(planned);
                    } else {
                        assertThat(noPrevious.whoAnswers(id, at)).isEqualTo(
                                new Reachability.NoPublishedWindow(members.get(i), planned.employeeHint()));
                    }
                    // the previous plan is the same plan here, so every customer gets the planned answer
                    assertThat(withPrevious.whoAnswers(id, at)).isEqualTo(planned);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Boolean>> pilotMasks() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(10);
    }

    private static CustomerBase customersOf(List<SecretaryId> members) {
        SectorId sector = new SectorId("SIVI");
        List<OrgUnit> units = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            OrgUnit unit = OrgUnit.root(new OrgUnitId("U" + i), sector, "Unit " + i);
            units.add(unit);
            Supervisor boss = new Supervisor(new CustomerId("P" + i), "Boss", unit.id(), new AgreementCode("KVTES"),
                    Language.FI, Optional.empty(), Set.of(unit.id()));
            customers.add(boss);
            customers.add(new Employee(new CustomerId("E" + i), "Emp", unit.id(), new AgreementCode("KVTES"),
                    Language.FI, Optional.empty(), Optional.of(boss.id())));
        }
        return CustomerBase.of(OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("S"), true)), units),
                customers);
    }

    private static PotAssignment potsOf(List<SecretaryId> members) {
        Map<OrgUnitId, SecretaryId> owners = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            owners.put(new OrgUnitId("U" + i), members.get(i));
        }
        return new PotAssignment(owners);
    }

    @Property(tries = 15)
    void reachabilityAgreesWithThePlan(@ForAll("dstFixtures") Fixture f, @ForAll("instants") List<Instant> instants) {
        List<SecretaryId> members = f.scenario().team().members();
        List<ReachabilityIndex> layouts = everyLayout(f.plan(), f);
        for (Instant at : instants) {
            for (int i = 0; i < members.size(); i++) {
                assertAgrees(f.plan(), members.get(i), i, mine(f.plan(), members.get(i)), layouts, at);
            }
        }
    }

    /**
     * The bounds are where an index goes wrong: every window's first and last second and the seconds around
     * them, every midnight, both DST changes of 2025 and the plan's first and last second — in a plan that
     * also has hand-made windows on the DST Sundays (23 and 25 hour days, local times that do not exist or
     * exist twice), open or closed, in every layout of the index.
     */
    @Property(tries = 12)
    void reachabilityAgreesWithThePlanAtEveryBoundAlsoOnDstDays(@ForAll("dstFixtures") Fixture f,
            @ForAll("dstDayWindows") List<List<Integer>> dstWindows, @ForAll boolean dstDaysOpen) {
        List<SecretaryId> members = f.scenario().team().members();
        PhonePlan plan = withDstDayWindows(f.plan(), members, dstWindows, dstDaysOpen);
        List<ReachabilityIndex> layouts = everyLayout(plan, f);
        ZoneId zone = plan.zone();
        List<Instant> shared = new ArrayList<>();
        for (LocalDate d = plan.from().minusDays(1); !d.isAfter(plan.to().plusDays(1)); d = d.plusDays(1)) {
            shared.addAll(around(d.atStartOfDay(zone).toInstant()));
        }
        for (Instant change : List.of(Instant.parse("2025-03-30T01:00:00Z"), Instant.parse("2025-10-26T01:00:00Z"))) {
            shared.addAll(around(change));
            shared.addAll(around(change.minusSeconds(3_600)));
            shared.addAll(around(change.plusSeconds(3_600)));
        }
        for (int i = 0; i < members.size(); i++) {
            List<DatedWindow> mine = mine(plan, members.get(i));
            List<Instant> instants = new ArrayList<>(shared);
            for (DatedWindow w : mine) {
                instants.addAll(around(w.startIn(zone).toInstant()));
                instants.addAll(around(w.endIn(zone).toInstant()));
            }
            for (Instant at : instants) {
                assertAgrees(plan, members.get(i), i, mine, layouts, at);
            }
        }
    }

    /** Per member and DST date (the two Sundays and the Saturdays before), a window start and length in minutes. */
    @Provide
    Arbitrary<List<List<Integer>>> dstDayWindows() {
        return Combinators.combine(Arbitraries.integers().between(0, 21 * 60), Arbitraries.integers().between(1, 240))
                .as((start, length) -> List.of(start, Math.min(length, 24 * 60 - 1 - start)))
                .list().ofSize(40);
    }

    private static final List<LocalDate> DST_DATES = List.of(LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30),
            LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26));

    /** The plan plus one hand-made window per member on each DST date, answered by the owner or by nobody. */
    private static PhonePlan withDstDayWindows(PhonePlan plan, List<SecretaryId> members, List<List<Integer>> windows,
                                               boolean open) {
        List<DatedWindow> all = new ArrayList<>(plan.windows());
        int k = 0;
        for (SecretaryId s : members) {
            for (LocalDate date : DST_DATES) {
                List<Integer> w = windows.get(k++ % windows.size());
                LocalTime start = LocalTime.of(0, 0).plusMinutes(w.get(0));
                Answerer answerer = k % 7 == 0 ? new Answerer.Voicemail() : new Answerer.Own(s);
                all.add(new DatedWindow(date, s, start, start.plusMinutes(w.get(1)), answerer));
            }
        }
        Set<LocalDate> openDays = new java.util.TreeSet<>(plan.openDays());
        if (open) {
            openDays.addAll(DST_DATES);
        }
        return plan.withWindows(all).withOpenDays(openDays);
    }

    private static List<Instant> around(Instant at) {
        return List.of(at.minusSeconds(1), at, at.plusSeconds(1));
    }

    /** The index over the plan in each layout: automatic, compact and pre-built, for customers P0/E0, P1/E1, … */
    private static List<ReachabilityIndex> everyLayout(PhonePlan plan, Fixture f) {
        List<SecretaryId> members = f.scenario().team().members();
        List<ReachabilityIndex> layouts = new ArrayList<>();
        for (ReachabilityIndex.Layout layout : ReachabilityIndex.Layout.values()) {
            layouts.add(ReachabilityIndex.build(List.of(plan), List.of(f.scenario().team()), potsOf(members),
                    customersOf(members), PilotGroup.everyone(), List.of(), layout));
        }
        assertThat(layouts).extracting(ReachabilityIndex::layout).containsExactly(ReachabilityIndex.Layout.PREBUILT_ANSWERS,
                ReachabilityIndex.Layout.PREBUILT_ANSWERS, ReachabilityIndex.Layout.COMPACT);
        return layouts;
    }

    /**
     * Every layout gives the same answer, the supervisor's agrees with the plan, and the employee gets the same
     * answer with the hint.
     */
    private static void assertAgrees(PhonePlan plan, SecretaryId member, int i, List<DatedWindow> mine,
                                     List<ReachabilityIndex> layouts, Instant at) {
        Reachability boss = layouts.get(0).whoAnswers(new CustomerId("P" + i), at);
        Reachability employee = layouts.get(0).whoAnswers(new CustomerId("E" + i), at);
        for (ReachabilityIndex index : layouts) {
            assertThat(index.whoAnswers(new CustomerId("P" + i), at)).as("%s at %s", index.layout(), at).isEqualTo(boss);
            assertThat(index.whoAnswers(new CustomerId("E" + i), at)).as("%s at %s", index.layout(), at).isEqualTo(employee);
        }
        assertThat(boss.employeeHint()).isEmpty();
        assertThat(employee.employeeHint()).isPresent();
        assertThat(employee).isEqualTo(withHint(boss, employee.employeeHint()));
        assertExpected(plan, member, mine, at, boss);
    }

    private static Reachability withHint(Reachability r, Optional<LocalizedText> hint) {
        if (r instanceof Reachability.Answered a) {
            return new Reachability.Answered(a.ownSecretary(), a.answerer(), a.until(), hint);
        } else if (r instanceof Reachability.Voicemail v) {
            return new Reachability.Voicemail(v.ownSecretary(), v.next(), hint);
        } else if (r instanceof Reachability.Closed c) {
            return new Reachability.Closed(c.ownSecretary(), c.nextOpening(), hint);
        } else if (r instanceof Reachability.OutsidePlan o) {
            return new Reachability.OutsidePlan(o.ownSecretary(), hint);
        }
        throw new AssertionError("unexpected answer " + r);
    }

    /** The member's windows that take time: a window whose zoned end is not after its start is empty. */
    private static List<DatedWindow> mine(PhonePlan plan, SecretaryId s) {
        return plan.windows().stream().filter(w -> w.owner().equals(s)
                && w.endIn(plan.zone()).toInstant().isAfter(w.startIn(plan.zone()).toInstant())).toList();
    }

    private static void assertExpected(PhonePlan plan, SecretaryId s, List<DatedWindow> mine, Instant at,
                                       Reachability actual) {
        ZoneId zone = plan.zone();
        LocalDate date = at.atZone(zone).toLocalDate();
        if (date.isBefore(plan.from()) || date.isAfter(plan.to())) {
            assertThat(actual).isInstanceOf(Reachability.OutsidePlan.class);
            return;
        }
        Optional<DatedWindow> now = mine.stream().filter(w -> !w.startIn(zone).toInstant().isAfter(at)
                && w.endIn(zone).toInstant().isAfter(at)).findFirst();
        Optional<DatedWindow> next = mine.stream().filter(w -> w.answeredBy().answers()
                && w.startIn(zone).toInstant().isAfter(at)).findFirst();
        if (now.isPresent() && now.get().answeredBy().answers()) {
            assertThat(actual).isInstanceOfSatisfying(Reachability.Answered.class, a -> {
                assertThat(a.ownSecretary()).isEqualTo(s);
                assertThat(a.answerer()).isEqualTo(now.get().answeredBy());
                assertThat(a.until()).isEqualTo(now.get().endIn(zone).toInstant());
            });
            return;
        }
        Optional<NextWindow> expected = next.map(w -> new NextWindow(w.answeredBy(), w.date(), w.start(), w.end(), zone));
        if (plan.openDays().contains(date)) {
            assertThat(actual).isEqualTo(new Reachability.Voicemail(s, expected, Optional.empty()));
        } else {
            assertThat(actual).isEqualTo(new Reachability.Closed(s, expected, Optional.empty()));
        }
    }
}
