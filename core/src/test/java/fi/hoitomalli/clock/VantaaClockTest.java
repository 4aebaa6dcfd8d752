package fi.hoitomalli.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.Language;
import fi.hoitomalli.meeting.EncounterKind;
import fi.hoitomalli.meeting.EncounterScope;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.StaffId;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VantaaClockTest {

    private final List<ActivityTemplate> templates = VantaaFixture.templates();
    private final Map<String, ActivityTemplate> byId = templates.stream()
            .collect(Collectors.toMap(t -> t.id().value(), Function.identity()));

    @Test
    void section5_encounterTemplatesUseTheCadencesOfTheirKind() {
        List<ActivityTemplate> encounters = templates.stream().filter(t -> t.encounter().isPresent()).toList();
        assertThat(encounters).extracting(t -> t.encounter().orElseThrow()).contains(EncounterKind.values());
        for (ActivityTemplate t : encounters) {
            EncounterKind kind = t.encounter().orElseThrow();
            if (kind.asNeeded()) {
                assertThat(t.cadence().min()).isZero();
            } else {
                assertThat(t.cadence()).as(t.id().value()).isEqualTo(new Cadence(kind.minPerYear(), kind.maxPerYear()));
            }
            if (kind.scope() == EncounterScope.PER_SECTOR) {
                assertThat(t.sector()).isPresent();
            }
        }
    }

    @Test
    void section5_oneCustomerMeetingAndAccountTeamPerSectorOwnedByItsTeamLead() {
        for (int i = 0; i < VantaaFixture.CODES.size(); i++) {
            String code = VantaaFixture.CODES.get(i);
            Participant lead = Participant.staff(new StaffId("L-" + (i + 1)));
            assertThat(byId.get("CM-" + code).owner()).isEqualTo(lead);
            assertThat(byId.get("AT-" + code).owner()).isEqualTo(lead);
            assertThat(byId.get("AT-" + code).participants()).contains(Participant.group("HR-" + code));
        }
        assertThat(templates.stream().filter(t -> t.encounter().equals(
                java.util.Optional.of(EncounterKind.SECRETARY_VISIT)))).hasSize(41);
    }

    @Test
    void section7_surveyInLastQuarterTeamMeetingsMonthlyButJuly() {
        assertThat(byId.get("SURVEY").months()).containsExactly(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
        assertThat(byId.get("TEAM-T3").months()).doesNotContain(Month.JULY).hasSize(11);
        assertThat(byId.get("TEAM-T3").cadence()).isEqualTo(Cadence.exactly(11));
        assertThat(byId.get("PAYROLL").placement()).isEqualTo(Placement.PAYROLL_RUN_DAYS);
        assertThat(byId.get("TEAM-T3").name().in(Language.FI)).isEqualTo("tiimipalaveri");
    }

    @Test
    void sectorsAndTeamsMustBeUnique() {
        List<fi.hoitomalli.customer.Sector> twice = List.of(VantaaFixture.sectors().get(0),
                VantaaFixture.sectors().get(0));
        assertThatThrownBy(() -> VantaaClock.templates(twice, List.of(), VantaaFixture.HEAD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
