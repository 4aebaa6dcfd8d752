package fi.hoitomalli.clock;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.FinnishHolidays;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClockPlannerTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private final AnnualClock clock = VantaaFixture.clock2027();

    @Test
    void vantaa2027_everyCadenceIsPlacedInFull() {
        assertThat(clock.unplaced()).isEmpty();
        for (ActivityTemplate t : clock.templates()) {
            int expected = t.placement() == Placement.PAYROLL_RUN_DAYS ? 24 : t.cadence().max();
            assertThat(clock.occurrencesOf(t.id())).as(t.id().value()).hasSize(expected);
        }
        assertThat(clock.templates()).hasSize(6 * 2 + 6 * 2 + 41 + 6);
    }

    @Test
    void section7_noScheduledActivityOnWeekendsHolidaysOrPayrollDays() {
        for (Occurrence o : clock.occurrences()) {
            assertThat(o.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(FinnishHolidays.isHoliday(o.date())).isFalse();
            boolean payroll = clock.template(o.template()).orElseThrow().placement() == Placement.PAYROLL_RUN_DAYS;
            assertThat(CALENDAR.isPayrollRunDay(o.date())).as(o.toString()).isEqualTo(payroll);
        }
    }

    @Test
    void section7_nothingInJulyUnlessAllowed() {
        assertThat(clock.occurrences().stream()
                .filter(o -> o.date().getMonth() == Month.JULY)
                .map(o -> clock.template(o.template()).orElseThrow().placement()))
                .containsOnly(Placement.PAYROLL_RUN_DAYS);
    }

    @Test
    void section7_noPersonIsInTwoActivitiesAtOnce() {
        List<Occurrence> all = clock.occurrences();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size() && all.get(j).date().equals(all.get(i).date()); j++) {
                assertThat(all.get(i).clashesWith(all.get(j))).as(all.get(i) + " / " + all.get(j)).isFalse();
            }
        }
    }

    @Test
    void monthlyTeamMeetingsFallOncePerMonthOnTuesdaysWhereFree() {
        List<Occurrence> meetings = clock.occurrencesOf(new TemplateId("TEAM-T1"));
        Set<Month> months = meetings.stream().map(o -> o.date().getMonth()).collect(Collectors.toSet());
        assertThat(months).isEqualTo(ActivityTemplate.ALL_BUT_JULY);
        assertThat(meetings.stream().filter(o -> o.date().getDayOfWeek() == DayOfWeek.TUESDAY).count())
                .isGreaterThanOrEqualTo(9);
    }

    @Test
    void surveyFallsInTheLastQuarterAndSteeringGroupInSpringAndAutumn() {
        assertThat(clock.occurrencesOf(new TemplateId("SURVEY"))).singleElement()
                .satisfies(o -> assertThat(o.date().getMonthValue()).isGreaterThanOrEqualTo(10));
        assertThat(clock.occurrencesOf(new TemplateId("SG"))).extracting(o -> o.date().getMonth())
                .satisfies(ms -> {
                    assertThat(ms.get(0)).isIn(Month.MARCH, Month.APRIL);
                    assertThat(ms.get(1)).isIn(Month.OCTOBER, Month.NOVEMBER);
                });
    }

    @Test
    void accountTeamMeetingsAreSpreadOverTheYear() {
        List<LocalDate> dates = clock.occurrencesOf(new TemplateId("AT-SIVI")).stream().map(Occurrence::date).toList();
        assertThat(dates).hasSize(4);
        for (int i = 1; i < dates.size(); i++) {
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)))
                    .isGreaterThanOrEqualTo(45);
        }
    }

    @Test
    void generationIsDeterministic() {
        assertThat(VantaaFixture.clock2027()).isEqualTo(clock);
    }

    @Test
    void teamAndPersonViewsKeepOnlyWhatConcernsThem() {
        Participant s01 = Participant.secretary(new SecretaryId("S-01"));
        AnnualClock mine = clock.forPerson(s01);
        assertThat(mine.templates()).extracting(t -> t.id().value())
                .containsExactlyInAnyOrder("TEAM-T1", "VISIT-S-01", "PAYROLL");
        AnnualClock team = clock.forTeam(new TeamId("T1"), Set.of(s01, Participant.staff(new StaffId("L-1"))));
        assertThat(team.templates()).extracting(t -> t.id().value())
                .contains("TEAM-T1", "FB-T1", "VISIT-S-01", "CM-SIVI", "AT-SIVI", "AT-ALL", "FB-HALF", "PAYROLL")
                .doesNotContain("AT-SOTE", "VISIT-S-08");
    }

    @Test
    void unplaceableTemplatesAreExplained() {
        Participant busy = new Participant("staff:BUSY");
        ActivityTemplate julyOnly = ActivityTemplate.scheduled(new TemplateId("X-1"), "X",
                        fi.hoitomalli.common.LocalizedText.same("midsummer party"),
                        fi.hoitomalli.common.LocalizedText.same("Unit"), Category.TEAM_MEETINGS, Cadence.exactly(1), busy)
                .withMonths(Set.of(Month.JULY)).withDuration(Duration.ofHours(7));
        ActivityTemplate tooLong = julyOnly.withMonths(EnumSet.of(Month.MAY)).withDuration(Duration.ofHours(8));
        ActivityTemplate crowded = ActivityTemplate.scheduled(new TemplateId("X-2"), "Y",
                        fi.hoitomalli.common.LocalizedText.same("workshop"),
                        fi.hoitomalli.common.LocalizedText.same("Unit"), Category.TEAM_MEETINGS, new Cadence(2, 25), new Participant("staff:OTHER"))
                .withMonths(EnumSet.of(Month.JULY)).withDuration(Duration.ofHours(7));
        AnnualClock year = new ClockPlanner(CALENDAR).generate(Year.of(2027), List.of(julyOnly, crowded));
        assertThat(year.occurrencesOf(new TemplateId("X-1"))).hasSize(1);
        assertThat(year.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.template()).isEqualTo(new TemplateId("X-2"));
            assertThat(u.reason()).isEqualTo(Unplaced.Reason.TOO_FEW_DAYS);
            assertThat(u.minimumMet()).isTrue();
            assertThat(u.explanation().in(Language.EN)).startsWith("Unit: workshop: too few working days");
        });
        AnnualClock longer = new ClockPlanner(CALENDAR).generate(Year.of(2027), List.of(tooLong));
        assertThat(longer.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(Unplaced.Reason.LONGER_THAN_WORKING_DAY);
            assertThat(u.minimumMet()).isFalse();
        });
    }

    @Test
    void whenTheOwnerIsBookedOnEveryDayTheRestIsExplainedAsPeopleBooked() {
        Participant busy = new Participant("staff:BUSY");
        int usable = 0;
        for (LocalDate d = LocalDate.of(2027, 3, 1); d.isBefore(LocalDate.of(2027, 5, 1)); d = d.plusDays(1)) {
            usable += CALENDAR.isWorkingDay(d) && !CALENDAR.isPayrollRunDay(d) ? 1 : 0;
        }
        ActivityTemplate allDays = ActivityTemplate.scheduled(new TemplateId("A"), "A",
                        fi.hoitomalli.common.LocalizedText.same("a"), fi.hoitomalli.common.LocalizedText.same("u"),
                        Category.FEEDBACK, Cadence.exactly(usable), busy)
                .withMonths(EnumSet.of(Month.MARCH, Month.APRIL)).withDuration(Duration.ofHours(7));
        ActivityTemplate oneMore = ActivityTemplate.scheduled(new TemplateId("B"), "B",
                        fi.hoitomalli.common.LocalizedText.same("b"), fi.hoitomalli.common.LocalizedText.same("u"),
                        Category.FEEDBACK, new Cadence(1, 1), busy)
                .withMonths(EnumSet.of(Month.MARCH, Month.APRIL)).withDuration(Duration.ofHours(1));
        AnnualClock year = new ClockPlanner(CALENDAR).generate(Year.of(2027), List.of(oneMore, allDays));
        assertThat(year.occurrencesOf(new TemplateId("A"))).hasSize(usable);
        assertThat(year.occurrencesOf(new TemplateId("B"))).isEmpty();
        assertThat(year.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.template()).isEqualTo(new TemplateId("B"));
            assertThat(u.reason()).isEqualTo(Unplaced.Reason.PEOPLE_BOOKED);
            assertThat(u.explanation().in(Language.FI)).isEqualTo("u: b: osallistujat ovat jo varattuja (0/1 sijoitettu)");
        });
    }
}
