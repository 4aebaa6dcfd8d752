package fi.hoitomalli.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly roll-over of an account plan (vuoden vaihde): next year's plan starts from this year's
 * sections; done and dropped actions are closed (left behind in this year's history), open ones are
 * carried over unchanged; every goal's latest measurement becomes its new baseline and the current
 * value starts empty. Goals never measured keep their baseline.
 *
 * @param next next year's plan
 * @param closed the actions left behind (done or dropped)
 * @param carried the open actions carried over
 */
public record RollOver(AccountPlan next, List<PlanAction> closed, List<PlanAction> carried) {
    public RollOver {
        Objects.requireNonNull(next, "next must not be null");
        closed = Texts.list(closed, "closed");
        carried = Texts.list(carried, "carried");
    }

    /** The roll-over of the plan into the following year. */
    public static RollOver of(AccountPlan plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        List<PlanAction> closed = new ArrayList<>();
        List<PlanAction> carried = new ArrayList<>();
        for (PlanAction action : plan.development().actions()) {
            (action.status().open() ? carried : closed).add(action);
        }
        List<SatisfactionGoal> goals = plan.development().goals().stream().map(RollOver::rebased).toList();
        AccountPlan next = new AccountPlan(plan.sector(), plan.year().plusYears(1), plan.general(),
                plan.relationship(), plan.responsibilities(), new DevelopmentActions(goals, carried));
        return new RollOver(next, closed, carried);
    }

    private static SatisfactionGoal rebased(SatisfactionGoal goal) {
        double baseline = goal.current().map(Measurement::value).orElse(goal.baseline());
        return new SatisfactionGoal(goal.id(), goal.description(), goal.metric(), baseline, goal.target(),
                Optional.empty());
    }
}
