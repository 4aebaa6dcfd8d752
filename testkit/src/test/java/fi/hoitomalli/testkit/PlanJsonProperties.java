package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.CadenceCheck;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Compliance;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.meeting.Encounter;
import fi.hoitomalli.meeting.MeetingProcess;
import fi.hoitomalli.meeting.Transition;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.GoalMetrics;
import fi.hoitomalli.plan.FeedbackCounts;
import fi.hoitomalli.plan.MetricReading;
import fi.hoitomalli.plan.PlanDiff;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.Test;

@Domain(PlanDomain.class)
class PlanJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        return MAPPER.readValue(json, type);
    }

    @Property(tries = 100)
    void planVersionsRoundTrip(@ForAll AccountPlanVersion version) throws Exception {
        assertThat(roundTrip(version, AccountPlanVersion.class)).isEqualTo(version);
    }

    @Property(tries = 100)
    void meetingProcessesRoundTrip(@ForAll MeetingProcess process) throws Exception {
        assertThat(roundTrip(process, MeetingProcess.class)).isEqualTo(process);
        Transition step = process.advance();
        assertThat(roundTrip(step, Transition.class)).isEqualTo(step);
    }

    @Property(tries = 50)
    void encountersRoundTrip(@ForAll Encounter encounter) throws Exception {
        assertThat(roundTrip(encounter, Encounter.class)).isEqualTo(encounter);
    }

    @Property(tries = 30)
    void clocksAndComplianceRoundTrip(@ForAll AnnualClock clock) throws Exception {
        assertThat(roundTrip(clock, AnnualClock.class)).isEqualTo(clock);
        List<CadenceCheck> checks = Compliance.check(clock, fi.hoitomalli.clock.ActivityRecord.plannedFrom(clock),
                LocalDate.of(clock.year().getValue(), 6, 1));
        String json = MAPPER.writeValueAsString(checks);
        assertThat(MAPPER.readValue(json, new TypeReference<List<CadenceCheck>>() { })).isEqualTo(checks);
    }

    @Property(tries = 50)
    void readingsAndDiffsRoundTrip(@ForAll AccountPlan before, @ForAll AccountPlan after) throws Exception {
        for (MetricReading reading : new GoalMetrics((s, w) -> new FeedbackCounts(3, 4)).readAll(before,
                LocalDate.of(2027, 5, 1))) {
            assertThat(roundTrip(reading, MetricReading.class)).isEqualTo(reading);
        }
        PlanDiff diff = PlanDiff.between(before, after);
        assertThat(roundTrip(diff, PlanDiff.class)).isEqualTo(diff);
    }

    @Property(tries = 50)
    void recordedClockActivitiesRoundTrip(@ForAll ClockActivity activity) throws Exception {
        assertThat(roundTrip(activity, ClockActivity.class)).isEqualTo(activity);
        assertThat(roundTrip(activity.key(), fi.hoitomalli.clock.ActivityKey.class)).isEqualTo(activity.key());
    }

    @Test
    void clockScopesHaveATypeProperty() throws Exception {
        assertThat(MAPPER.writeValueAsString(ClockScope.city())).isEqualTo("{\"type\":\"city\"}");
        assertThat(MAPPER.writeValueAsString(ClockScope.team(new fi.hoitomalli.team.TeamId("T1"))))
                .isEqualTo("{\"type\":\"team\",\"team\":\"T1\"}");
        assertThat(MAPPER.readValue("{\"type\":\"sector\",\"sector\":\"SIVI\"}", ClockScope.class))
                .isEqualTo(ClockScope.sector(new fi.hoitomalli.customer.SectorId("SIVI")));
    }

    @Property(tries = 50)
    void templatesRoundTrip(@ForAll ActivityTemplate template) throws Exception {
        assertThat(roundTrip(template, ActivityTemplate.class)).isEqualTo(template);
    }

    @Test
    void idsAreStringsAndSealedTypesCarryTheirType() throws Exception {
        JsonNode json = MAPPER.valueToTree(SamplePlans.sivistystoimi2027());
        JsonNode goal = json.at("/development/goals/0");
        assertThat(goal.get("id").asText()).isEqualTo("G-1");
        assertThat(goal.at("/metric/type").asText()).isEqualTo("positiveFeedbackShare");
        assertThat(json.at("/development/actions/0/origin/kind").asText()).isEqualTo("FEEDBACK");
        assertThat(json.get("sector").asText()).isEqualTo("SIVI");
    }
}
