package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import fi.hoitomalli.phone.Conflict;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.team.SecretaryId;

/** PH-1 … PH-5 and PH-8 of the scheduler as properties. */
class PhoneSchedulerProperties {

    private final PhoneScheduler scheduler = PhoneScheduler.standard();

    @Property(tries = 60)
    @Domain(PhoneDomain.class)
    void everyScheduledTemplatePassesTheValidatorWithAProof(@ForAll PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        assertThat(result).isInstanceOf(ScheduleResult.Scheduled.class);
        ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
        assertThat(PlanValidator.standard().validate(PlanContext.ofTemplate(s.team(), s.policy(), scheduled.template())))
                .isEmpty();
        assertThat(scheduled.proof().objective()).isEqualTo(scheduled.proof().upperBound())
                .isEqualTo(PhoneScheduler.objective(scheduled.template(), s.votes()));
        assertThat(scheduler.schedule(s.team(), s.policy(), s.votes())).isEqualTo(result);
    }

    @Property(tries = 150)
    void optimumAndTieBreakEqualBruteForceOnSmallTeams(@ForAll("small") PhoneScenario s) {
        PhoneBruteForce.Result expected = PhoneBruteForce.solve(s.team(), s.policy(), s.votes().tallies());
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        if (expected == null) {
            assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
            return;
        }
        assertThat(result).isInstanceOf(ScheduleResult.Scheduled.class);
        ScheduleResult.Scheduled scheduled = (ScheduleResult.Scheduled) result;
        assertThat(scheduled.proof().objective()).isEqualTo(expected.score());
        List<SecretaryId> order = PhoneBruteForce.groupOrder(s.team());
        List<List<DayOfWeek>> units = PhoneBruteForce.units(s.policy());
        for (int u = 0; u < units.size(); u++) {
            for (int i = 0; i < order.size(); i++) {
                for (DayOfWeek day : units.get(u)) {
                    int start = scheduled.template().windowOf(order.get(i), day).orElseThrow().start().toSecondOfDay() / 60;
                    assertThat(start).as("start of %s on %s", order.get(i), day).isEqualTo(expected.startsPerUnit().get(u)[i]);
                }
            }
        }
    }

    @Property(tries = 80)
    void infeasibleInputsGetInfeasibleAndRelaxingTheNamedRulesMakesThemFeasible(@ForAll("infeasible") PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        assertThat(result).isInstanceOf(ScheduleResult.Infeasible.class);
        Set<String> named = new HashSet<>();
        for (Conflict c : ((ScheduleResult.Infeasible) result).conflicts()) {
            named.addAll(c.rules());
        }
        named.retainAll(PhoneScheduler.RELAXABLE);
        assertThat(named).isNotEmpty();
        assertThat(scheduler.relaxing(named).schedule(s.team(), s.policy(), s.votes()))
                .isInstanceOf(ScheduleResult.Scheduled.class);
    }

    @Property(tries = 100)
    void anyScenarioEitherSchedulesValidlyOrNamesRelaxableRules(@ForAll("any") PhoneScenario s) {
        ScheduleResult result = scheduler.schedule(s.team(), s.policy(), s.votes());
        if (result instanceof ScheduleResult.Scheduled scheduled) {
            assertThat(PlanValidator.standard().validate(PlanContext.ofTemplate(s.team(), s.policy(), scheduled.template())))
                    .isEmpty();
        } else {
            Set<String> named = new HashSet<>();
            ((ScheduleResult.Infeasible) result).conflicts().forEach(c -> named.addAll(c.rules()));
            named.retainAll(PhoneScheduler.RELAXABLE);
            assertThat(scheduler.relaxing(named).schedule(s.team(), s.policy(), s.votes()))
                    .isInstanceOf(ScheduleResult.Scheduled.class);
        }
    }

    @Provide
    Arbitrary<PhoneScenario> small() {
        return PhoneArbitraries.smallScenarios();
    }

    @Provide
    Arbitrary<PhoneScenario> infeasible() {
        return PhoneArbitraries.infeasibleScenarios();
    }

    @Provide
    Arbitrary<PhoneScenario> any() {
        return PhoneArbitraries.scenarios();
    }
}
