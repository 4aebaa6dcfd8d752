package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Section 4 of an account plan, development actions (kehittämistoimenpiteet): satisfaction goals with
 * their metrics, and the action programme with its status. Checked on construction: goal and action
 * ids are unique and every action's goal link points at a goal of this section.
 *
 * @param goals the satisfaction goals, in a stable order
 * @param actions the actions, in a stable order
 */
public record DevelopmentActions(List<SatisfactionGoal> goals, List<PlanAction> actions) {
    public DevelopmentActions {
        goals = Texts.list(goals, "goals");
        actions = Texts.list(actions, "actions");
        Set<GoalId> goalIds = new HashSet<>();
        goals.forEach(g -> checkArgument(goalIds.add(g.id()), "goal %s appears twice", g.id()));
        Set<ActionId> actionIds = new HashSet<>();
        for (PlanAction action : actions) {
            checkArgument(actionIds.add(action.id()), "action %s appears twice", action.id());
            action.goal().ifPresent(g -> checkArgument(goalIds.contains(g),
                    "action %s links to unknown goal %s", action.id(), g));
        }
    }

    /** No goals and no actions yet. */
    public static DevelopmentActions empty() {
        return new DevelopmentActions(List.of(), List.of());
    }

    /** The goal with the id. */
    public Optional<SatisfactionGoal> goal(GoalId id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The action with the id. */
    public Optional<PlanAction> action(ActionId id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
