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
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhoneScheduler;
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

    @Property(tries = 15)
    void reachabilityAgreesWithThePlan(@ForAll("dstFixtures") Fixture f, @ForAll("instants") List<Instant> instants) {
        List<SecretaryId> members = f.scenario().team().members();
        SectorId sector = new SectorId("SIVI");
        List<OrgUnit> units = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        Map<OrgUnitId, SecretaryId> owners = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            OrgUnit unit = OrgUnit.root(new OrgUnitId("U" + i), sector, "Unit " + i);
            units.add(unit);
            owners.put(unit.id(), members.get(i));
            Supervisor boss = new Supervisor(new CustomerId("P" + i), "Boss", unit.id(), new AgreementCode("KVTES"),
                    Language.FI, Optional.empty(), Set.of(unit.id()));
            customers.add(boss);
            customers.add(new Employee(new CustomerId("E" + i), "Emp", unit.id(), new AgreementCode("KVTES"),
                    Language.FI, Optional.empty(), Optional.of(boss.id())));
        }
        CustomerBase base = CustomerBase.of(OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("S"), true)), units),
                customers);
        ReachabilityIndex index = ReachabilityIndex.build(List.of(f.plan()), List.of(f.scenario().team()),
                new PotAssignment(owners), base);
        for (Instant at : instants) {
            for (int i = 0; i < members.size(); i++) {
                Reachability boss = index.whoAnswers(new CustomerId("P" + i), at);
                Reachability employee = index.whoAnswers(new CustomerId("E" + i), at);
                assertThat(boss.employeeHint()).isEmpty();
                assertThat(employee.employeeHint()).isPresent();
                assertExpected(f.plan(), members.get(i), at, boss);
            }
        }
    }

    private static void assertExpected(PhonePlan plan, SecretaryId s, Instant at, Reachability actual) {
        ZoneId zone = plan.zone();
        LocalDate date = at.atZone(zone).toLocalDate();
        if (date.isBefore(plan.from()) || date.isAfter(plan.to())) {
            assertThat(actual).isInstanceOf(Reachability.OutsidePlan.class);
            return;
        }
        List<DatedWindow> mine = plan.windows().stream().filter(w -> w.owner().equals(s)).toList();
        Optional<DatedWindow> now = mine.stream().filter(w -> !w.startIn(zone).toInstant().isAfter(at)
                && w.endIn(zone).toInstant().isAfter(at)).findFirst();
        Optional<DatedWindow> next = mine.stream().filter(w -> w.answeredBy().answers()
                && w.startIn(zone).toInstant().isAfter(at)).findFirst();
        if (now.isPresent() && now.get().answeredBy().answers()) {
            assertThat(actual).isInstanceOfSatisfying(Reachability.Answered.class, a -> {
                assertThat(a.answerer()).isEqualTo(now.get().answeredBy());
                assertThat(a.until()).isEqualTo(now.get().endIn(zone).toInstant());
            });
            return;
        }
        Optional<LocalDate> nextDate = next.map(DatedWindow::date);
        Optional<LocalTime> nextStart = next.map(DatedWindow::start);
        if (plan.openDays().contains(date)) {
            assertThat(actual).isInstanceOfSatisfying(Reachability.Voicemail.class, v -> {
                assertThat(v.next().map(n -> n.date())).isEqualTo(nextDate);
                assertThat(v.next().map(n -> n.start())).isEqualTo(nextStart);
            });
        } else {
            assertThat(actual).isInstanceOfSatisfying(Reachability.Closed.class, c -> {
                assertThat(c.nextOpening().map(n -> n.date())).isEqualTo(nextDate);
                assertThat(c.nextOpening().map(n -> n.start())).isEqualTo(nextStart);
            });
        }
    }
}
