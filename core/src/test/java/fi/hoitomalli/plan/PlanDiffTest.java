package fi.hoitomalli.plan;

import static fi.hoitomalli.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

    @Test
    void equalPlansHaveNoDifference() {
        assertThat(PlanDiff.between(plan(), plan()).none()).isTrue();
        assertThat(PlanDiff.between(plan(), plan()).describe()).isEmpty();
    }

    @Test
    void statusChangeReadsAsOneLineByActionId() {
        AccountPlan after = plan().withActionStatus(new ActionId("A-1"), ActionStatus.DONE);
        PlanDiff diff = PlanDiff.between(plan(), after);
        assertThat(diff.changes()).containsExactly(new PlanChange("development.actions[A-1].status",
                Optional.of("PLANNED"), Optional.of("DONE")));
        assertThat(diff.describe()).isEqualTo("~ development.actions[A-1].status: \"PLANNED\" → \"DONE\"");
    }

    @Test
    void addedAndRemovedFieldsAreMarked() {
        AccountPlan before = plan();
        AccountPlan after = before
                .withGeneral(new GeneralInformation("Education", List.of(), "", "", List.of("Substitute register")))
                .withMeasurement(PlanFixtures.SURVEY, new Measurement(41.5, LocalDate.of(2027, 11, 30), "survey"));
        String text = PlanDiff.between(before, after).describe();
        assertThat(text).contains("~ general.description: \"\" → \"Education\"")
                .contains("+ general.developmentProjects[0]: \"Substitute register\"")
                .contains("+ development.goals[G-2].current: \"41.5 on 2027-11-30 (survey)\"");
        assertThat(PlanDiff.between(after, before).describe())
                .contains("- general.developmentProjects[0]: \"Substitute register\"");
    }

    @Test
    void reorderingActionsIsNoChange() {
        AccountPlan plan = plan();
        List<PlanAction> reversed = new java.util.ArrayList<>(plan.development().actions());
        java.util.Collections.reverse(reversed);
        AccountPlan reordered = plan.withDevelopment(new DevelopmentActions(plan.development().goals(), reversed));
        assertThat(PlanDiff.between(plan, reordered).none()).isTrue();
    }
}
