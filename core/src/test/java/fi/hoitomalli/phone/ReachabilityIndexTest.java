package fi.hoitomalli.phone;

import static fi.hoitomalli.phone.PhoneFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/** The index's layouts (PH-10 on DST days, pre-built answers shared, the fallback to compact). */
class ReachabilityIndexTest {

    private static final ZoneId HELSINKI = WorkingCalendar.HELSINKI;
    private final ServiceTeam team = team("T1", 4, true);
    private final SecretaryId s1 = team.members().get(0);
    private final PhonePolicy policy = PhonePolicy.vantaaDefault();
    private final WeeklyTemplate template =
            ((ScheduleResult.Scheduled) PhoneScheduler.standard().schedule(team, policy, Votes.none(team.id()))).template();
    private final PhonePlan spring = PlanExpander.expand(team, policy, template, WorkingCalendar.vantaaDefault(),
            Absences.none(), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 4, 6));

    private final SectorId sector = new SectorId("SIVI");
    private final OrgUnit unit = OrgUnit.root(new OrgUnitId("U1"), sector, "Koulu");
    private final Supervisor boss = new Supervisor(new CustomerId("P1"), "Pia", unit.id(), new AgreementCode("KVTES"),
            Language.FI, Optional.empty(), Set.of(unit.id()));
    private final Employee employee = new Employee(new CustomerId("E1"), "Eero", unit.id(), new AgreementCode("KVTES"),
            Language.FI, Optional.empty(), Optional.of(boss.id()));
    private final CustomerBase base = CustomerBase.of(
            OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("Sivistys"), true)), List.of(unit)),
            List.of(boss, employee));
    private final PotAssignment pots = new PotAssignment(Map.of(unit.id(), s1));

    private ReachabilityIndex index(PhonePlan plan, ReachabilityIndex.Layout layout) {
        return ReachabilityIndex.build(List.of(plan), List.of(team), pots, base, PilotGroup.everyone(), List.of(), layout);
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(HELSINKI).toInstant();
    }

    @Test
    void automaticPreBuildsSmallIndexesAndCompactIsKeptWhenAsked() {
        assertThat(ReachabilityIndex.build(List.of(spring), List.of(team), pots, base).layout())
                .isEqualTo(ReachabilityIndex.Layout.PREBUILT_ANSWERS);
        assertThat(index(spring, ReachabilityIndex.Layout.COMPACT).layout()).isEqualTo(ReachabilityIndex.Layout.COMPACT);
        assertThat(index(spring, ReachabilityIndex.Layout.PREBUILT_ANSWERS).layout())
                .isEqualTo(ReachabilityIndex.Layout.PREBUILT_ANSWERS);
    }

    @Test
    void preBuiltAnswersAreSharedObjectsAndEqualTheCompactOnes() {
        ReachabilityIndex prebuilt = index(spring, ReachabilityIndex.Layout.PREBUILT_ANSWERS);
        ReachabilityIndex compact = index(spring, ReachabilityIndex.Layout.COMPACT);
        // s1's window on Wednesday 26 March is 08:00–10:00: the whole window is one answer, the morning before
        // it another
        Reachability inWindow = prebuilt.whoAnswers(boss.id(), at("2025-03-26T08:00:00"));
        assertThat(prebuilt.whoAnswers(boss.id(), at("2025-03-26T09:59:59"))).isSameAs(inWindow);
        assertThat(prebuilt.whoAnswers(boss.id(), at("2025-03-26T10:00:00"))).isNotEqualTo(inWindow);
        Reachability before = prebuilt.whoAnswers(employee.id(), at("2025-03-26T00:00:00"));
        assertThat(prebuilt.whoAnswers(employee.id(), at("2025-03-26T07:59:59"))).isSameAs(before);
        // the evening before shows the same next window, so it is the same object too
        assertThat(prebuilt.whoAnswers(employee.id(), at("2025-03-25T23:00:00"))).isSameAs(before);
        assertThat(compact.whoAnswers(boss.id(), at("2025-03-26T08:00:00"))).isEqualTo(inWindow).isNotSameAs(inWindow);
        assertThat(compact.whoAnswers(employee.id(), at("2025-03-26T07:00:00"))).isEqualTo(before);
        assertThat(inWindow).isInstanceOfSatisfying(Reachability.Answered.class,
                a -> assertThat(a.until()).isEqualTo(at("2025-03-26T10:00:00")));
    }

    /**
     * Windows on the DST Sundays of 2025: on 30 March 03:00–04:00 does not exist (a day of 23 h), on 26 October
     * 03:00–04:00 happens twice (25 h). Both layouts place the bounds as {@link DatedWindow#startIn} does.
     */
    @Test
    void ph10_windowsOnDstDaysInBothLayouts() {
        List<DatedWindow> windows = new ArrayList<>(spring.windows());
        windows.add(new DatedWindow(LocalDate.of(2025, 3, 30), s1, LocalTime.of(2, 0), LocalTime.of(5, 0), new Answerer.Own(s1)));
        windows.add(new DatedWindow(LocalDate.of(2025, 3, 30), s1, LocalTime.of(12, 0), LocalTime.of(12, 30), new Answerer.Own(s1)));
        Set<LocalDate> open = new TreeSet<>(spring.openDays());
        open.add(LocalDate.of(2025, 3, 30));
        PhonePlan springForward = spring.withWindows(windows).withOpenDays(open);

        PhonePlan autumn = PlanExpander.expand(team, policy, template, WorkingCalendar.vantaaDefault(), Absences.none(),
                LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 2));
        List<DatedWindow> autumnWindows = new ArrayList<>(autumn.windows());
        autumnWindows.add(new DatedWindow(LocalDate.of(2025, 10, 26), s1, LocalTime.of(3, 30), LocalTime.of(4, 30),
                new Answerer.Own(s1)));
        PhonePlan fallBack = autumn.withWindows(autumnWindows);

        for (ReachabilityIndex.Layout layout : List.of(ReachabilityIndex.Layout.PREBUILT_ANSWERS, ReachabilityIndex.Layout.COMPACT)) {
            ReachabilityIndex spr = index(springForward, layout);
            // 02:00 EET is 00:00Z; 05:00 EEST is 02:00Z: a window of two hours
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-29T12:00:00Z"))).isInstanceOfSatisfying(
                    Reachability.Closed.class, c -> assertThat(c.nextOpening().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 30)));
            // 23:59:59Z is already 01:59:59 on Sunday, an open day here
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-29T23:59:59Z"))).isInstanceOfSatisfying(
                    Reachability.Voicemail.class, v -> assertThat(v.next().orElseThrow().start()).isEqualTo(LocalTime.of(2, 0)));
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-30T00:00:00Z"))).isInstanceOfSatisfying(
                    Reachability.Answered.class, a -> assertThat(a.until()).isEqualTo(Instant.parse("2025-03-30T02:00:00Z")));
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-30T01:59:59Z"))).isInstanceOf(Reachability.Answered.class);
            // an open day after the window: voicemail, the next window at 12:00 EEST (09:00Z)
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-30T02:00:00Z"))).isInstanceOfSatisfying(
                    Reachability.Voicemail.class, v -> assertThat(v.next().orElseThrow().opensAt().toInstant())
                            .isEqualTo(Instant.parse("2025-03-30T09:00:00Z")));
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-30T09:00:00Z"))).isInstanceOfSatisfying(
                    Reachability.Answered.class, a -> assertThat(a.until()).isEqualTo(Instant.parse("2025-03-30T09:30:00Z")));
            // the 23 h day ends at 21:00Z; Monday's window opens 08:00 EEST (05:00Z)
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-30T20:59:59Z"))).isInstanceOfSatisfying(
                    Reachability.Voicemail.class, v -> assertThat(v.next().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 31)));
            assertThat(spr.whoAnswers(boss.id(), Instant.parse("2025-03-31T05:00:00Z"))).isInstanceOf(Reachability.Answered.class);

            ReachabilityIndex aut = index(fallBack, layout);
            // 03:30 happens twice; the window opens at the first (EEST, 00:30Z) and ends at 04:30 EET (02:30Z)
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-26T00:29:59Z"))).isInstanceOf(Reachability.Closed.class);
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-26T00:30:00Z"))).isInstanceOfSatisfying(
                    Reachability.Answered.class, a -> {
                        assertThat(a.until()).isEqualTo(ZonedDateTime.of(2025, 10, 26, 4, 30, 0, 0, HELSINKI).toInstant());
                        assertThat(a.until()).isEqualTo(Instant.parse("2025-10-26T02:30:00Z"));
                        assertThat(a.employeeHint()).isPresent();
                    });
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-26T01:30:00Z"))).isInstanceOf(Reachability.Answered.class);
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-26T02:30:00Z"))).isInstanceOfSatisfying(
                    Reachability.Closed.class, c -> assertThat(c.nextOpening().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 10, 27)));
            // the 25 h day ends at 22:00Z
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-26T21:59:59Z"))).isInstanceOf(Reachability.Closed.class);
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-11-02T22:00:00Z"))).isInstanceOf(Reachability.OutsidePlan.class);
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-19T20:59:59Z"))).isInstanceOf(Reachability.OutsidePlan.class);
            assertThat(aut.whoAnswers(employee.id(), Instant.parse("2025-10-19T21:00:00Z"))).isInstanceOf(Reachability.Voicemail.class);
        }
    }

    @Test
    void plansOfDifferentPeriodsKeepTheCompactLayout() {
        PhonePlan longer = PlanExpander.expand(team, policy, template, WorkingCalendar.vantaaDefault(), Absences.none(),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 6));
        ReachabilityIndex index = ReachabilityIndex.build(List.of(spring), List.of(team), pots, base,
                new PilotGroup.Listed(Set.of(boss.id())), List.of(longer), ReachabilityIndex.Layout.PREBUILT_ANSWERS);
        assertThat(index.layout()).isEqualTo(ReachabilityIndex.Layout.COMPACT);
        assertThat(index.whoAnswers(boss.id(), at("2025-03-10T08:30:00"))).isInstanceOf(Reachability.OutsidePlan.class);
        assertThat(index.whoAnswers(employee.id(), at("2025-03-10T08:30:00"))).isInstanceOf(Reachability.Answered.class);
        assertThat(index.whoAnswers(new CustomerId("NOBODY"), at("2025-03-10T08:30:00")))
                .isInstanceOf(Reachability.UnknownCustomer.class);
    }
}
