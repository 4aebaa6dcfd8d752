package fi.hoitomalli.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A development action as typed into a form (input from outside): validate it with
 * {@link fi.hoitomalli.common.InputValidation} before turning it into a {@link PlanAction}. Nullable
 * fields are what a form may leave out.
 *
 * @param description what is done
 * @param owner who is responsible
 * @param due the due date
 * @param goal the id of the goal it serves, or null
 */
public record ActionInput(
        @NotBlank(message = "{fi.hoitomalli.plan.action.description.required}")
        @Size(max = 2000, message = "{fi.hoitomalli.plan.text.tooLong}") String description,
        @NotBlank(message = "{fi.hoitomalli.plan.action.owner.required}")
        @Size(max = 200, message = "{fi.hoitomalli.plan.text.tooLong}") String owner,
        @NotNull(message = "{fi.hoitomalli.plan.action.due.required}") LocalDate due,
        String goal) {

    /**
     * The planned action this input describes.
     *
     * @throws NullPointerException or IllegalArgumentException if the input was not validated first
     */
    public PlanAction toAction(ActionId id, Optional<ActionOrigin> origin) {
        Optional<GoalId> goalId = goal == null || goal.isBlank() ? Optional.empty() : Optional.of(new GoalId(goal.trim()));
        return new PlanAction(id, description.trim(), owner.trim(), due, ActionStatus.PLANNED, goalId, origin);
    }
}
