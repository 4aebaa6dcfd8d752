package fi.hoitomalli.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.Name;
import fi.hoitomalli.common.PlainText;
import fi.hoitomalli.common.TextPolicy;

/**
 * A development action as typed into a form (input from outside): validate it with
 * {@link fi.hoitomalli.common.InputValidation} before turning it into a {@link PlanAction}. Nullable
 * fields are what a form may leave out. The description is a multi-line text, the owner a name and the
 * goal an id under the {@link TextPolicy}; white space around them is dropped.
 *
 * @param description what is done
 * @param owner who is responsible
 * @param due the due date
 * @param goal the id of the goal it serves, or null
 */
public record ActionInput(
        @NotBlank(message = "{fi.hoitomalli.plan.action.description.required}")
        @PlainText(multiline = true, max = TextPolicy.TEXT_MAX) String description,
        @NotBlank(message = "{fi.hoitomalli.plan.action.owner.required}")
        @Name String owner,
        @NotNull(message = "{fi.hoitomalli.plan.action.due.required}") LocalDate due,
        @Identifier String goal) {

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
