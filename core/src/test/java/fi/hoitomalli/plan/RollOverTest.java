package fi.hoitomalli.plan;

import static fi.hoitomalli.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollOverTest {

    @Test
    void doneAndDroppedAreClosedOpenOnesCarried() {
        RollOver rollOver = RollOver.of(plan());
        assertThat(rollOver.next().year()).isEqualTo(Year.of(2028));
        assertThat(PlanFixtures.ids(rollOver.carried())).containsExactly(new ActionId("A-1"), new ActionId("A-2"));
        assertThat(PlanFixtures.ids(rollOver.closed())).containsExactly(new ActionId("A-3"), new ActionId("A-4"));
        assertThat(rollOver.next().development().actions()).isEqualTo(rollOver.carried());
    }

    @Test
    void measuredGoalsStartFromTheirLatestValueUnmeasuredKeepTheirBaseline() {
        AccountPlan measured = plan().withMeasurement(PlanFixtures.SHARE,
                new Measurement(63.4, LocalDate.of(2027, 12, 31), "feedback H2"));
        RollOver rollOver = RollOver.of(measured);
        SatisfactionGoal share = rollOver.next().development().goal(PlanFixtures.SHARE).orElseThrow();
        SatisfactionGoal survey = rollOver.next().development().goal(PlanFixtures.SURVEY).orElseThrow();
        assertThat(share.baseline()).isEqualTo(63.4);
        assertThat(share.target()).isEqualTo(70);
        assertThat(share.current()).isEqualTo(Optional.empty());
        assertThat(survey.baseline()).isEqualTo(35.2);
        assertThat(survey.current()).isEmpty();
    }

    @Test
    void sectionsOneToThreeAreCarriedUnchanged() {
        AccountPlan plan = plan().withResponsibilities(new Responsibilities("Lead T1", java.util.List.of(), "4 meetings"));
        AccountPlan next = RollOver.of(plan).next();
        assertThat(next.general()).isEqualTo(plan.general());
        assertThat(next.relationship()).isEqualTo(plan.relationship());
        assertThat(next.responsibilities()).isEqualTo(plan.responsibilities());
        assertThat(next.sector()).isEqualTo(plan.sector());
    }
}
