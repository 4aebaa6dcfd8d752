package fi.hoitomalli.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * A concrete development action of an account plan's action programme (kehittämistoimenpide).
 *
 * @param id the action's id, unique in the plan
 * @param description what is done: a multi-line text under the {@link TextPolicy}
 * @param owner who is responsible: a name under the {@link TextPolicy}
 * @param due the due date
 * @param status where it stands
 * @param goal the satisfaction goal it serves, if any (must exist in the plan)
 * @param origin the feedback or meeting that caused it, if any
 */
public record PlanAction(ActionId id, String description, String owner, LocalDate due, ActionStatus status,
                         Optional<GoalId> goal, Optional<ActionOrigin> origin) {
    /** @throws IllegalArgumentException if the description or the owner breaks the {@link TextPolicy} */
    public PlanAction {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        TextPolicy.requireMultiLine(description, TextPolicy.TEXT_MAX, "description");
        TextPolicy.requireName(owner, "owner");
        Objects.requireNonNull(due, "due must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }

    /** This action with another status. */
    public PlanAction withStatus(ActionStatus newStatus) {
        return new PlanAction(id, description, owner, due, newStatus, goal, origin);
    }
}
