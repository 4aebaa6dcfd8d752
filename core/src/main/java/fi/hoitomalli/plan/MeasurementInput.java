package fi.hoitomalli.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.PlainText;
import fi.hoitomalli.common.TextPolicy;

/**
 * A hand-entered metric value as typed into a form (input from outside), e.g. the yearly satisfaction
 * survey's result for a goal. Validate it with {@link fi.hoitomalli.common.InputValidation}, then apply
 * it with {@link AccountPlan#withMeasurement}. The goal is an id and the basis a single-line text under
 * the {@link TextPolicy}.
 *
 * @param goal the goal's id
 * @param value the value in the metric's unit
 * @param measuredOn when it was measured
 * @param basis where it comes from, e.g. "satisfaction survey 2027"
 */
public record MeasurementInput(
        @NotBlank(message = "{fi.hoitomalli.plan.measurement.goal.required}") @Identifier String goal,
        @NotNull(message = "{fi.hoitomalli.plan.measurement.value.required}") Double value,
        @NotNull(message = "{fi.hoitomalli.plan.measurement.date.required}") LocalDate measuredOn,
        @NotBlank(message = "{fi.hoitomalli.plan.measurement.basis.required}")
        @PlainText(max = Measurement.MAX_BASIS) String basis) {

    /** The goal id this input is for (after validation). */
    public GoalId goalId() {
        return new GoalId(goal.trim());
    }

    /**
     * The measurement this input describes.
     *
     * @throws NullPointerException or IllegalArgumentException if the input was not validated first or
     *     the value is not finite
     */
    public Measurement toMeasurement() {
        return new Measurement(value, measuredOn, basis.trim());
    }
}
