package fi.hoitomalli.plan;

import static fi.hoitomalli.plan.PlanFixtures.SHARE;
import static fi.hoitomalli.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Violation;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountPlanTest {

    @Test
    void table5_fourSectionsStartEmptyAndChangesReturnNewPlans() {
        AccountPlan empty = AccountPlan.empty(PlanFixtures.SIVI, java.time.Year.of(2027));
        AccountPlan withGoal = empty.withGoal(PlanFixtures.shareGoal());
        assertThat(empty.development().goals()).isEmpty();
        assertThat(withGoal.development().goals()).extracting(SatisfactionGoal::id).containsExactly(SHARE);
        assertThat(empty.general()).isEqualTo(GeneralInformation.empty());
    }

    @Test
    void withActionReplacesTheActionOfTheSameIdInPlace() {
        AccountPlan changed = plan().withActionStatus(new ActionId("A-2"), ActionStatus.DONE);
        assertThat(PlanFixtures.ids(changed.development().actions()))
                .containsExactly(new ActionId("A-1"), new ActionId("A-2"), new ActionId("A-3"), new ActionId("A-4"));
        assertThat(changed.development().action(new ActionId("A-2")).orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
    }

    @Test
    void anActionMustLinkToAGoalOfThePlan() {
        PlanAction dangling = new PlanAction(new ActionId("A-9"), "x", "y", LocalDate.of(2027, 1, 1),
                ActionStatus.PLANNED, Optional.of(new GoalId("G-404")), Optional.empty());
        assertThatThrownBy(() -> plan().withAction(dangling)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("G-404");
    }

    @Test
    void unknownActionOrGoalIsAProgrammingError() {
        assertThatThrownBy(() -> plan().withActionStatus(new ActionId("A-404"), ActionStatus.DONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan().withMeasurement(new GoalId("G-404"),
                new Measurement(1, LocalDate.of(2027, 1, 1), "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goalReachedWhenCurrentValueHitsTarget() {
        SatisfactionGoal goal = PlanFixtures.shareGoal();
        assertThat(goal.reached()).isFalse();
        assertThat(goal.measured(new Measurement(69.9, LocalDate.of(2027, 6, 1), "x")).reached()).isFalse();
        assertThat(goal.measured(new Measurement(70, LocalDate.of(2027, 6, 1), "x")).reached()).isTrue();
    }

    @Test
    void actionInputIsValidatedWithLocalisedMessages() {
        InputValidation validation = new InputValidation(Validation.buildDefaultValidatorFactory().getValidator());
        List<Violation> violations = validation.violationsOf(new ActionInput(" ", null, null, null));
        assertThat(violations).extracting(Violation::rule).containsExactlyInAnyOrder(
                "fi.hoitomalli.plan.action.description.required", "fi.hoitomalli.plan.action.owner.required",
                "fi.hoitomalli.plan.action.due.required");
        assertThat(violations).extracting(v -> v.message().in(Language.FI)).contains("kuvaa toimenpide");
        assertThat(violations).extracting(v -> v.message().in(Language.SV)).contains("beskriv åtgärden");
    }

    @Test
    void validInputsBecomeActionsAndMeasurements() {
        PlanAction action = new ActionInput(" Info ", "Teppo", LocalDate.of(2027, 3, 1), "G-1")
                .toAction(new ActionId("A-7"), Optional.of(ActionOrigin.meeting("M-1")));
        assertThat(plan().withAction(action).development().action(new ActionId("A-7")).orElseThrow())
                .satisfies(a -> {
                    assertThat(a.description()).isEqualTo("Info");
                    assertThat(a.goal()).contains(SHARE);
                    assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
                });
        MeasurementInput survey = new MeasurementInput("G-2", 41.5, LocalDate.of(2027, 11, 30), "survey 2027");
        AccountPlan measured = plan().withMeasurement(survey.goalId(), survey.toMeasurement());
        assertThat(measured.development().goal(PlanFixtures.SURVEY).orElseThrow().current())
                .contains(new Measurement(41.5, LocalDate.of(2027, 11, 30), "survey 2027"));
    }
}
