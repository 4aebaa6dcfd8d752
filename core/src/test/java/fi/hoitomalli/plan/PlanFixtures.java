package fi.hoitomalli.plan;

import fi.hoitomalli.customer.SectorId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/** Small plans for the scenario tests of core. */
final class PlanFixtures {

    static final SectorId SIVI = new SectorId("SIVI");
    static final GoalId SHARE = new GoalId("G-1");
    static final GoalId SURVEY = new GoalId("G-2");

    private PlanFixtures() {
    }

    static SatisfactionGoal shareGoal() {
        return new SatisfactionGoal(SHARE, "More positive feedback",
                new Metric.PositiveFeedbackShare(MetricPeriod.HALF_YEAR), 55, 70, Optional.empty());
    }

    static SatisfactionGoal surveyGoal() {
        return new SatisfactionGoal(SURVEY, "Supervisors know whom to contact",
                new Metric.HandEntered("survey: knew fairly well whom to contact", "%"), 35.2, 60, Optional.empty());
    }

    static PlanAction action(String id, ActionStatus status) {
        return new PlanAction(new ActionId(id), "action " + id, "Teppo", LocalDate.of(2027, 5, 31), status,
                Optional.of(SHARE), Optional.of(ActionOrigin.feedback("FB-" + id)));
    }

    static AccountPlan plan() {
        return AccountPlan.empty(SIVI, Year.of(2027))
                .withGoal(shareGoal()).withGoal(surveyGoal())
                .withAction(action("A-1", ActionStatus.PLANNED))
                .withAction(action("A-2", ActionStatus.IN_PROGRESS))
                .withAction(action("A-3", ActionStatus.DONE))
                .withAction(action("A-4", ActionStatus.DROPPED));
    }

    static List<ActionId> ids(List<PlanAction> actions) {
        return actions.stream().map(PlanAction::id).toList();
    }
}
