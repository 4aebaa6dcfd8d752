package fi.hoitomalli.phone;

import static fi.hoitomalli.phone.PhoneFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
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
import org.junit.jupiter.api.Test;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
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

/** Expansion (PH-6, PH-7, PH-10), validation (all rules, custom rules) and reachability on a March 2025 plan. */
class PhonePlanTest {

    private static final ZoneId HELSINKI = WorkingCalendar.HELSINKI;
    private final ServiceTeam team = team("T1", 4, true);
    private final SecretaryId s1 = team.members().get(0);
    private final SecretaryId s2 = team.members().get(1);
    private final PhonePolicy policy = PhonePolicy.vantaaDefault();
    private final WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
    private final WeeklyTemplate template =
            ((ScheduleResult.Scheduled) PhoneScheduler.standard().schedule(team, policy, Votes.none(team.id()))).template();
    private final Absences absences = Absences.of(List.of(
            new Absence(s1, LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 13), AbsenceKind.SICK_LEAVE),
            new Absence(s1, LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 21), AbsenceKind.ANNUAL_LEAVE),
            new Absence(s2, LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 18), AbsenceKind.TRAINING)));
    private final PhonePlan march = PlanExpander.expand(team, policy, template, calendar, absences,
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30));

    private List<DatedWindow> on(PhonePlan plan, String date, SecretaryId owner) {
        return plan.windows().stream().filter(w -> w.date().equals(LocalDate.parse(date)) && w.owner().equals(owner)).toList();
    }

    private List<Violation> validate(PhonePlan plan) {
        return PlanValidator.standard().validate(PlanContext.of(team, policy, template, plan, calendar, absences));
    }

    @Test
    void ph2_templateOfPairedTeamIsTheTieBreakOne() {
        assertThat(team.members()).extracting(s -> template.windowOf(s, DayOfWeek.MONDAY).orElseThrow().start())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(14, 0));
    }

    @Test
    void ph6_noWindowsOnWeekendsAndHolidaysAndShortWindowsOnPayrollDays() {
        assertThat(on(march, "2025-03-01", s1)).isEmpty();
        assertThat(on(march, "2025-04-18", s1)).isEmpty(); // Good Friday
        assertThat(on(march, "2025-04-21", s1)).isEmpty(); // Easter Monday
        assertThat(on(march, "2025-03-10", s1)).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.end()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(on(march, "2025-03-11", s1)).singleElement().extracting(DatedWindow::minutes).isEqualTo(120);
        PhonePolicy drop = policy.withPayrollDay(new PayrollDayRule.Drop());
        PhonePlan dropped = PlanExpander.expand(team, drop, template, calendar, absences,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(dropped.windows()).noneMatch(w -> w.date().equals(LocalDate.of(2025, 3, 10)));
        assertThat(PlanValidator.standard().validate(PlanContext.of(team, drop, template, dropped, calendar, absences))).isEmpty();
    }

    @Test
    void ph7_shortAbsenceGoesToVoicemailWithAWarningNamingTheLead() {
        assertThat(on(march, "2025-03-12", s1)).singleElement().extracting(DatedWindow::answeredBy)
                .isEqualTo(new Answerer.Voicemail());
        assertThat(march.warnings()).anySatisfy(w -> {
            assertThat(w.date()).isEqualTo(LocalDate.of(2025, 3, 12));
            assertThat(w.fallback()).isEqualTo(team.lead());
            assertThat(w.message().in(Language.FI)).contains("vastaajaan");
        });
    }

    @Test
    void ph7_longAbsenceIsCoveredByThePartnerAndByTheLeadWhenBothAreAway() {
        assertThat(on(march, "2025-03-17", s1)).singleElement().extracting(DatedWindow::answeredBy)
                .isEqualTo(new Answerer.Partner(s2));
        assertThat(on(march, "2025-03-18", s1)).singleElement().extracting(DatedWindow::answeredBy)
                .isEqualTo(new Answerer.TeamLead(team.lead()));
        assertThat(on(march, "2025-03-18", s2)).singleElement().extracting(DatedWindow::answeredBy)
                .isEqualTo(new Answerer.Voicemail());
    }

    @Test
    void ph1to10_theExpandedPlanHasNoViolations() {
        assertThat(validate(march)).isEmpty();
    }

    @Test
    void ph7_wrongAnswererIsReported() {
        List<DatedWindow> windows = new ArrayList<>(march.windows());
        DatedWindow w = on(march, "2025-03-17", s1).get(0);
        windows.set(windows.indexOf(w), w.answeredBy(new Answerer.Own(s1)));
        assertThat(validate(march.withWindows(windows))).extracting(Violation::rule).contains("PH-7");
    }

    @Test
    void ph6_aWindowOnASaturdayIsReported() {
        List<DatedWindow> windows = new ArrayList<>(march.windows());
        windows.add(new DatedWindow(LocalDate.of(2025, 3, 1), s1, LocalTime.of(8, 0), LocalTime.of(10, 0),
                new Answerer.Own(s1)));
        List<Violation> v = validate(march.withWindows(windows));
        assertThat(v).extracting(Violation::rule).contains("PH-6");
        assertThat(v).extracting(Violation::path).contains("T1/T1-S01/2025-03-01/08:00");
    }

    @Test
    void ph10_aPlanInAnotherZoneIsReported() {
        assertThat(validate(march.withZone(ZoneId.of("Europe/Stockholm")))).extracting(Violation::rule).contains("PH-10");
    }

    @Test
    void ph5_overlappingPairWindowsAreReportedInTheTemplate() {
        PhoneWindow w2 = template.windowOf(s2, DayOfWeek.MONDAY).orElseThrow();
        WeeklyTemplate bad = template.replace(w2, new PhoneWindow(s2, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        List<Violation> v = PlanValidator.standard().validate(PlanContext.ofTemplate(team, policy, bad));
        assertThat(v).extracting(Violation::rule).contains("PH-5", "PH-2", "PH-4");
    }

    @Test
    void ph4_customRulesAreReportedAlongsideTheLibrarysOwn() {
        PhoneRule noEarlyBirds = new PhoneRule() {
            @Override
            public String id() {
                return "CITY-1";
            }

            @Override
            public List<Violation> check(PlanContext plan) {
                return plan.template().orElseThrow().windows().stream()
                        .filter(w -> w.start().isBefore(LocalTime.of(9, 0)))
                        .map(w -> new Violation(w.secretary() + "/" + w.day(), id(), LocalizedText.same("too early")))
                        .toList();
            }
        };
        List<Violation> v = PlanValidator.standard().with(noEarlyBirds).validate(PlanContext.ofTemplate(team, policy, template));
        assertThat(v).extracting(Violation::rule).containsOnly("CITY-1").hasSize(5);
    }

    @Test
    void ph10_reachabilityFollowsThePlanAcrossDaylightSavingTime() {
        SectorId sector = new SectorId("SIVI");
        OrgUnit unit = OrgUnit.root(new OrgUnitId("U1"), sector, "Koulu");
        OrgStructure org = OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("Sivistys"), true)), List.of(unit));
        Supervisor boss = new Supervisor(new CustomerId("P1"), "Pia", unit.id(), new AgreementCode("KVTES"),
                Language.FI, Optional.empty(), Set.of(unit.id()));
        Employee employee = new Employee(new CustomerId("E1"), "Eero", unit.id(), new AgreementCode("KVTES"),
                Language.FI, Optional.empty(), Optional.of(boss.id()));
        CustomerBase base = CustomerBase.of(org, List.of(boss, employee));
        PotAssignment pots = new PotAssignment(Map.of(unit.id(), s1));
        ReachabilityIndex index = ReachabilityIndex.build(List.of(march), List.of(team), pots, base);
        assertThat(index.customers()).isEqualTo(2);

        // Friday 28 March 2025, EET (+02:00): 08:30 local is 06:30Z.
        Reachability friday = index.whoAnswers(boss.id(), Instant.parse("2025-03-28T06:30:00Z"));
        assertThat(friday).isInstanceOfSatisfying(Reachability.Answered.class, a -> {
            assertThat(a.answerer()).isEqualTo(new Answerer.Own(s1));
            assertThat(a.until()).isEqualTo(ZonedDateTime.of(2025, 3, 28, 10, 0, 0, 0, HELSINKI).toInstant());
            assertThat(a.employeeHint()).isEmpty();
        });
        // Monday 31 March 2025, EEST (+03:00): 08:30 local is 05:30Z; 06:30Z would be 09:30 local, still on.
        assertThat(index.whoAnswers(boss.id(), Instant.parse("2025-03-31T05:30:00Z"))).isInstanceOf(Reachability.Answered.class);
        assertThat(index.whoAnswers(boss.id(), Instant.parse("2025-03-31T07:30:00Z"))).isInstanceOf(Reachability.Voicemail.class);
        assertThat(index.whoAnswers(boss.id(), Instant.parse("2025-03-28T05:30:00Z"))).isInstanceOf(Reachability.Voicemail.class);

        Reachability saturday = index.whoAnswers(employee.id(), Instant.parse("2025-03-29T10:00:00Z"));
        assertThat(saturday).isInstanceOfSatisfying(Reachability.Closed.class, c -> {
            assertThat(c.nextOpening().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(c.nextOpening().orElseThrow().opensAt().toInstant()).isEqualTo(Instant.parse("2025-03-31T05:00:00Z"));
            assertThat(c.employeeHint()).contains(Messages.text("fi.hoitomalli.phone.hint.employee"));
        });
        Reachability shortAbsence = index.whoAnswers(boss.id(), Instant.parse("2025-03-12T07:00:00Z"));
        assertThat(shortAbsence).isInstanceOfSatisfying(Reachability.Voicemail.class, v ->
                assertThat(v.next().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 14)));
        assertThat(index.whoAnswers(boss.id(), Instant.parse("2025-03-17T07:00:00Z")))
                .isInstanceOfSatisfying(Reachability.Answered.class, a -> assertThat(a.answerer()).isEqualTo(new Answerer.Partner(s2)));
        assertThat(index.whoAnswers(boss.id(), Instant.parse("2025-06-02T07:00:00Z"))).isInstanceOf(Reachability.OutsidePlan.class);
        assertThat(index.whoAnswers(new CustomerId("NOBODY"), Instant.parse("2025-03-17T07:00:00Z")))
                .isInstanceOf(Reachability.UnknownCustomer.class);
    }
}
