package fi.hoitomalli.phone;

import static fi.hoitomalli.phone.PhoneFixtures.tally;
import static fi.hoitomalli.phone.PhoneFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

class PhoneSchedulerTest {

    private final PhoneScheduler scheduler = PhoneScheduler.standard();
    private final PhonePolicy vantaa = PhonePolicy.vantaaDefault();

    private static PhonePolicy hours(PhonePolicy base, String opens, String closes) {
        ServiceHours h = new ServiceHours(LocalTime.parse(opens), LocalTime.parse(closes));
        Map<DayOfWeek, ServiceHours> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : base.serviceHours().keySet()) {
            week.put(d, h);
        }
        return base.withServiceHours(week);
    }

    private static LocalTime start(ScheduleResult result, SecretaryId s, DayOfWeek day) {
        return ((ScheduleResult.Scheduled) result).template().windowOf(s, day).orElseThrow().start();
    }

    @Test
    void ph1to5_vantaaTeamOfTenGetsAValidProvenTemplate() {
        ServiceTeam team = team("T1", 10, true);
        Votes votes = new Votes(team.id(), List.of(tally(team, 0, DayOfWeek.MONDAY, "09:00", 30),
                tally(team, 1, DayOfWeek.MONDAY, "09:00", 20), tally(team, 5, DayOfWeek.TUESDAY, "14:30", 7)));
        ScheduleResult result = scheduler.schedule(team, vantaa, votes);
        assertThat(result).isInstanceOf(ScheduleResult.Scheduled.class);
        ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
        assertThat(scheduled.proof().objective()).isEqualTo(scheduled.proof().upperBound()).isEqualTo(37);
        assertThat(scheduled.template().windows()).hasSize(50);
        assertThat(PlanValidator.standard().validate(PlanContext.ofTemplate(team, vantaa, scheduled.template()))).isEmpty();
    }

    @Test
    void ph8_tieBreakGivesTheLexicographicallySmallestStartsWithoutVotes() {
        ServiceTeam team = team("T2", 5, false);
        ScheduleResult result = scheduler.schedule(team, vantaa, Votes.none(team.id()));
        List<LocalTime> starts = team.members().stream().map(s -> start(result, s, DayOfWeek.MONDAY)).toList();
        assertThat(starts).containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 0), LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalTime.of(14, 0));
    }

    @Test
    void ph8_votesPullAWindowToTheCustomersPreferredSlot() {
        ServiceTeam team = team("T3", 5, false);
        Votes votes = new Votes(team.id(), List.of(tally(team, 0, DayOfWeek.WEDNESDAY, "15:30", 3)));
        ScheduleResult result = scheduler.schedule(team, vantaa, votes);
        assertThat(start(result, team.members().get(0), DayOfWeek.MONDAY)).isEqualTo(LocalTime.of(14, 0));
        assertThat(((ScheduleResult.Scheduled) result).proof().objective()).isEqualTo(3);
    }

    @Test
    void ph2_startMayDifferByWeekdayWhenThePolicyAllowsIt() {
        ServiceTeam team = team("T4", 4, false);
        PhonePolicy free = vantaa.withSameStartAllWeek(false);
        Votes votes = new Votes(team.id(), List.of(tally(team, 0, DayOfWeek.FRIDAY, "14:00", 1)));
        ScheduleResult result = scheduler.schedule(team, free, votes);
        assertThat(start(result, team.members().get(0), DayOfWeek.MONDAY)).isEqualTo(LocalTime.of(8, 0));
        assertThat(start(result, team.members().get(0), DayOfWeek.FRIDAY)).isNotEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void ph4_tooFewSecretariesForTheServiceHoursIsInfeasibleWithTheNumbers() {
        ServiceTeam team = team("T5", 3, true);
        PhonePolicy longDay = hours(vantaa.withMinQuietTime(Duration.ofHours(4)), "08:00", "18:00");
        ScheduleResult result = scheduler.schedule(team, longDay, Votes.none(team.id()));
        assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
        List<Conflict> conflicts = ((ScheduleResult.Infeasible) result).conflicts();
        assertThat(conflicts).anySatisfy(c -> {
            assertThat(c.rules()).containsExactly("PH-4");
            assertThat(c.message().in(Language.EN)).contains("covering 10 h with 2 h windows")
                    .contains("at least 5 secretaries, the team has 3");
        });
        assertThat(scheduler.relaxing(Set.of("PH-4")).schedule(team, longDay, Votes.none(team.id())))
                .isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Test
    void ph5_aPairWhoseWindowsCannotFitApartIsInfeasible() {
        ServiceTeam team = team("T6", 2, true);
        PhonePolicy shortDay = hours(vantaa.withMinQuietTime(Duration.ZERO), "08:00", "11:00");
        ScheduleResult result = scheduler.schedule(team, shortDay, Votes.none(team.id()));
        assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
        assertThat(((ScheduleResult.Infeasible) result).conflicts()).extracting(Conflict::rules)
                .contains(List.of("PH-5"));
        assertThat(scheduler.relaxing(Set.of("PH-5", "PH-3")).schedule(team, shortDay, Votes.none(team.id())))
                .isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Test
    void ph3_coveringThePartnerMustLeaveTheMinimumQuietTime() {
        PhonePolicy sixHours = hours(vantaa.withMinQuietTime(Duration.ofHours(3)), "08:00", "14:00");
        ScheduleResult paired = scheduler.schedule(team("T7", 4, true), sixHours, Votes.none(new fi.hoitomalli.team.TeamId("T7")));
        assertThat(paired).isInstanceOf(ScheduleResult.Infeasible.class);
        assertThat(((ScheduleResult.Infeasible) paired).conflicts()).extracting(Conflict::rules).contains(List.of("PH-3"));
        ScheduleResult unpaired = scheduler.schedule(team("T8", 4, false), sixHours, Votes.none(new fi.hoitomalli.team.TeamId("T8")));
        assertThat(unpaired).isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Test
    void ph2_noCommonStartForDifferentWeekdayHoursIsInfeasible() {
        ServiceTeam team = team("T9", 4, false);
        PhonePolicy policy = vantaa.withMinQuietTime(Duration.ZERO).withServiceHours(Map.of(
                DayOfWeek.MONDAY, new ServiceHours(LocalTime.of(8, 0), LocalTime.of(10, 0)),
                DayOfWeek.TUESDAY, new ServiceHours(LocalTime.of(12, 0), LocalTime.of(14, 0))));
        ScheduleResult result = scheduler.schedule(team, policy, Votes.none(team.id()));
        assertThat(((ScheduleResult.Infeasible) result).conflicts()).extracting(Conflict::rules)
                .containsExactly(List.of("PH-2", "PH-1"));
        assertThat(scheduler.relaxing(Set.of("PH-2")).schedule(team, policy, Votes.none(team.id())))
                .isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Test
    void ph8_votesForSlotsOffTheGridAreRejected() {
        ServiceTeam team = team("T10", 4, false);
        Votes votes = new Votes(team.id(), List.of(tally(team, 0, DayOfWeek.MONDAY, "09:10", 1)));
        assertThatThrownBy(() -> scheduler.schedule(team, vantaa, votes)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).path()).isEqualTo("tallies[0].slot"));
    }

    @Test
    void ph8_deterministic() {
        ServiceTeam team = team("T11", 9, true);
        Votes votes = new Votes(team.id(), List.of(tally(team, 2, DayOfWeek.MONDAY, "10:00", 2),
                tally(team, 3, DayOfWeek.MONDAY, "10:00", 2)));
        assertThat(scheduler.schedule(team, vantaa, votes)).isEqualTo(scheduler.schedule(team, vantaa, votes));
    }
}
