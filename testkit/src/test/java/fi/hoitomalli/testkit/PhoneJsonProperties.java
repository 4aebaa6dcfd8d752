package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.phone.WeeklyTemplate;

/** Every public phone type round-trips through the library's JSON module. */
class PhoneJsonProperties {

    private final ObjectMapper mapper = HoitomalliModule.newObjectMapper();

    private <T> void roundTrips(T value, Class<? super T> type) throws Exception {
        String json = mapper.writeValueAsString(value);
        assertThat(mapper.readValue(json, type)).as(json).isEqualTo(value);
    }

    @Property(tries = 30)
    void policiesVotesAndResultsRoundTrip(@ForAll("any") PhoneScenario s) throws Exception {
        roundTrips(s.policy(), PhonePolicy.class);
        roundTrips(s.votes(), Votes.class);
        ScheduleResult result = PhoneScheduler.standard().schedule(s.team(), s.policy(), s.votes());
        roundTrips(result, ScheduleResult.class);
        if (result instanceof ScheduleResult.Scheduled scheduled) {
            roundTrips(scheduled.template(), WeeklyTemplate.class);
        }
    }

    @Property(tries = 15)
    void plansAndReachabilityRoundTrip(@ForAll("fixtures") PhonePlanProperties.Fixture f) throws Exception {
        roundTrips(f.plan(), PhonePlan.class);
        List<Reachability> answers = List.of(new Reachability.UnknownCustomer(),
                new Reachability.OutsidePlan(f.scenario().team().members().get(0), java.util.Optional.empty()));
        for (Reachability r : answers) {
            roundTrips(r, Reachability.class);
        }
        for (var w : f.plan().windows().stream().limit(3).toList()) {
            roundTrips(new Reachability.Answered(w.owner(), w.answeredBy(), w.endIn(f.plan().zone()).toInstant(),
                    java.util.Optional.of(fi.hoitomalli.common.Messages.text("fi.hoitomalli.phone.hint.employee"))),
                    Reachability.class);
            roundTrips(new Reachability.Voicemail(w.owner(), java.util.Optional.of(new fi.hoitomalli.phone.NextWindow(
                    w.answeredBy(), w.date(), w.start(), w.end(), f.plan().zone())), java.util.Optional.empty()),
                    Reachability.class);
        }
    }

    @Provide
    Arbitrary<PhoneScenario> any() {
        return PhoneArbitraries.scenarios();
    }

    @Provide
    Arbitrary<PhonePlanProperties.Fixture> fixtures() {
        return PhonePlanProperties.fixtures(PhonePlanProperties.FROM, PhonePlanProperties.TO);
    }
}
