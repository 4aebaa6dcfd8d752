package fi.hoitomalli.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.TeamId;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClockActivityTest {

    private static final Instant AT = Instant.parse("2027-03-02T12:00:00Z");
    private static final TemplateId T = new TemplateId("T-1");
    private final AnnualClock clock = VantaaFixture.clock2027();
    private final InputValidation validation =
            new InputValidation(Validation.buildDefaultValidatorFactory().getValidator());

    private static Occurrence at(String date, LocalTime start) {
        return new Occurrence(T, LocalDate.parse(date), Optional.of(start), Duration.ofHours(1),
                Set.of(new Participant("staff:L-1")));
    }

    @Test
    void section7_everyOccurrenceOfTheClockBecomesAPlannedActivityInTheClocksOrder() {
        List<ClockActivity> planned = ClockActivity.plannedFrom(ClockScope.city(), clock);

        assertThat(planned).extracting(ClockActivity::occurrence).containsExactlyElementsOf(clock.occurrences());
        assertThat(planned).allSatisfy(a -> {
            assertThat(a.version()).isEqualTo(1);
            assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED);
            assertThat(a.mark()).isEmpty();
            assertThat(a.scope()).isEqualTo(ClockScope.city());
        });
        assertThat(planned).isSortedAccordingTo(ClockActivity.ORDER);
        assertThat(planned.stream().map(ClockActivity::record).toList())
                .containsExactlyElementsOf(ActivityRecord.plannedFrom(clock));
    }

    @Test
    void aClockWithATemplateTwiceOnOneDayCannotBeRecorded() {
        ActivityTemplate template = ActivityTemplate.scheduled(T, "T", LocalizedText.same("x"), LocalizedText.same("y"),
                Category.TEAM_MEETINGS, Cadence.exactly(2), new Participant("staff:L-1"));
        AnnualClock twice = new AnnualClock(Year.of(2027), List.of(template),
                List.of(at("2027-03-02", LocalTime.of(9, 0)), at("2027-03-02", LocalTime.of(13, 0))), List.of());

        assertThatThrownBy(() -> ClockActivity.plannedFrom(ClockScope.city(), twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T-1 twice on 2027-03-02");
    }

    @Test
    void timesAreWholeSeconds() {
        Occurrence fraction = at("2027-03-02", LocalTime.of(9, 0, 0, 500));
        Occurrence longFraction = new Occurrence(T, LocalDate.parse("2027-03-02"), Optional.of(LocalTime.of(9, 0)),
                Duration.ofMinutes(30).plusMillis(1), Set.of());

        assertThatThrownBy(() -> ClockActivity.planned(ClockScope.city(), fraction))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole second");
        assertThatThrownBy(() -> ClockActivity.planned(ClockScope.city(), longFraction))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
        assertThat(ClockActivity.planned(ClockScope.city(), at("2027-03-02", LocalTime.of(9, 0, 59))).version())
                .isEqualTo(1);
    }

    @Test
    void aMarkMakesTheNextVersionAndTheLatestMarkGivesTheStatus() {
        ClockActivity planned = ClockActivity.planned(ClockScope.team(new TeamId("T1")), at("2027-03-02",
                LocalTime.of(9, 0)));
        ClockActivity cancelled = planned.marked(ActivityMark.cancelled("Liisa", AT, "sairastumisia"));
        ClockActivity reopened = cancelled.marked(new ActivityMark(ActivityStatus.PLANNED, "Liisa",
                AT.plusSeconds(60), Optional.of("siirretty")));
        ClockActivity held = reopened.marked(ActivityMark.held("Liisa", AT.plusSeconds(3600)));

        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(reopened.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(held.version()).isEqualTo(4);
        assertThat(held.record()).isEqualTo(new ActivityRecord(T, LocalDate.parse("2027-03-02"), ActivityStatus.HELD));
        assertThat(held.key()).isEqualTo(new ActivityKey(ClockScope.team(new TeamId("T1")), T,
                LocalDate.parse("2027-03-02")));
        assertThat(held.key().describe()).isEqualTo("team:T1/T-1/2027-03-02");
        assertThatThrownBy(() -> new ClockActivity(ClockScope.city(), planned.occurrence(), Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarkNamesWhoWithAtMost200CharactersAndANonBlankNoteOfAtMost4000() {
        assertThat(new ActivityMark(ActivityStatus.HELD, "x".repeat(200), AT, Optional.of("ä".repeat(4_000))).by())
                .hasSize(200);
        assertThatThrownBy(() -> ActivityMark.held(" ", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityMark.held("x".repeat(201), AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityMark.cancelled("Liisa", AT, " \n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityMark.cancelled("Liisa", AT, "x".repeat(4_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityMark.held(null, AT)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void markInputIsValidatedWithLocalisedMessages() {
        List<Violation> violations = validation.violationsOf(new ActivityMarkInput(null, " ", "x".repeat(4_001)));

        assertThat(violations).extracting(Violation::path).containsExactly("by", "note", "status");
        assertThat(violations).extracting(Violation::rule).containsExactly("fi.hoitomalli.clock.mark.by.required",
                "fi.hoitomalli.common.text.tooLong", "fi.hoitomalli.clock.mark.status.required");
        assertThat(violations.get(0).message().in(Language.FI)).isEqualTo("nimeä merkitsijä");
        assertThat(violations.get(1).message().in(Language.FI)).isEqualTo("on liian pitkä: 4001 merkkiä, enintään 4000");
        assertThat(violations.get(1).message().in(Language.SV)).isEqualTo("är för lång: 4001 tecken, högst 4000");
        assertThat(violations.get(2).message().in(Language.EN)).isEqualTo("choose held, cancelled or planned");
        assertThat(validation.violationsOf(new ActivityMarkInput(ActivityStatus.HELD, "x".repeat(201), null)))
                .extracting(Violation::rule).containsExactly("fi.hoitomalli.common.text.tooLong");
    }

    @Test
    void validMarkInputBecomesAMarkWithoutSurroundingSpaceAndWithoutABlankNote() {
        ActivityMarkInput held = validation.requireValid(new ActivityMarkInput(ActivityStatus.HELD, " Liisa ", "  "));
        ActivityMarkInput cancelled = validation.requireValid(
                new ActivityMarkInput(ActivityStatus.CANCELLED, "Liisa", " Ohjausryhmä ei ollut päätösvaltainen 😕 "));

        assertThat(held.toMark(AT)).isEqualTo(ActivityMark.held("Liisa", AT));
        assertThat(cancelled.toMark(AT)).isEqualTo(
                ActivityMark.cancelled("Liisa", AT, "Ohjausryhmä ei ollut päätösvaltainen 😕"));
    }

    @Test
    void scopesAreReadBackFromKindAndIdAndOrderedCitySectorsTeams() {
        ClockScope sivi = ClockScope.sector(new SectorId("SIVI"));
        ClockScope t1 = ClockScope.team(new TeamId("T1"));

        assertThat(ClockScope.of(ClockScope.Kind.CITY, "")).isEqualTo(ClockScope.city());
        assertThat(ClockScope.of(sivi.kind(), sivi.id())).isEqualTo(sivi);
        assertThat(ClockScope.of(t1.kind(), t1.id())).isEqualTo(t1);
        assertThat(List.of(sivi.describe(), t1.describe(), ClockScope.city().describe()))
                .containsExactly("sector:SIVI", "team:T1", "city");
        assertThatThrownBy(() -> ClockScope.of(ClockScope.Kind.CITY, "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockScope.of(ClockScope.Kind.TEAM, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(t1, ClockScope.sector(new SectorId("AA")), ClockScope.city(), sivi).stream()
                .sorted(ClockScope.ORDER).toList())
                .containsExactly(ClockScope.city(), ClockScope.sector(new SectorId("AA")), sivi, t1);
    }
}
