package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * A customer-satisfaction goal of an account plan (tyytyväisyystavoite) with its metric: where we
 * started (baseline), where we aim (target) and the latest measurement (current value).
 *
 * <p>Its texts hold no character the {@link fi.hoitomalli.common.TextPolicy} rejects (there is no length
 * limit); the constructor throws {@code IllegalArgumentException} for one that does.
 *
 * @param id the goal's id, unique in the plan
 * @param description what the goal is, non-blank
 * @param metric how it is measured
 * @param baseline the value at the start of the plan year; finite
 * @param target the value aimed at; finite
 * @param current the latest measurement, empty until measured
 */
public record SatisfactionGoal(GoalId id, String description, Metric metric, double baseline, double target,
                               Optional<Measurement> current) {
    public SatisfactionGoal {
        Objects.requireNonNull(id, "id must not be null");
        Texts.nonBlank(description, "description");
        Objects.requireNonNull(metric, "metric must not be null");
        checkArgument(Double.isFinite(baseline), "baseline must be finite: %s", baseline);
        checkArgument(Double.isFinite(target), "target must be finite: %s", target);
        Objects.requireNonNull(current, "current must not be null");
    }

    /** This goal with a new current value. */
    public SatisfactionGoal measured(Measurement measurement) {
        return new SatisfactionGoal(id, description, metric, baseline, target,
                Optional.of(Objects.requireNonNull(measurement, "measurement must not be null")));
    }

    /** Whether the latest measurement reaches the target (targets above the baseline are reached from below). */
    public boolean reached() {
        return current.map(m -> target >= baseline ? m.value() >= target : m.value() <= target).orElse(false);
    }
}
