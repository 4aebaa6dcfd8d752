package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.LocalizedText;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * A quality metric (laatumittari) of a service with its target, e.g. "delivered on time ≥ 95 %".
 *
 * @param code a short stable code, an id under the {@link TextPolicy} (e.g. {@code ON_TIME})
 * @param name the metric's name in fi/sv/en
 * @param comparison whether the measured value must be at least or at most the target
 * @param target the target value, finite
 * @param unit the unit of the value
 */
public record QualityMetric(String code, LocalizedText name, Comparison comparison, double target, MetricUnit unit) {

    /** Whether a measured value must reach the target from above or below. */
    public enum Comparison {
        /** The measured value must be at least the target. */
        AT_LEAST,
        /** The measured value must be at most the target. */
        AT_MOST
    }

    /** The unit of a metric's values. */
    public enum MetricUnit {
        /** Per cent, 0–100. */
        PERCENT,
        /** Working days. */
        WORKING_DAYS,
        /** A score on the survey's scale 1–5. */
        SCORE_1_TO_5,
        /** A count per month. */
        COUNT_PER_MONTH
    }

    /**
     * @throws IllegalArgumentException if the code is not an id under the {@link TextPolicy} or the target
     *     is not finite
     */
    public QualityMetric {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        TextPolicy.requireIdentifier(code, "metric code");
        checkArgument(Double.isFinite(target), "metric target must be finite: %s", target);
    }

    /** Whether a measured value meets the target; the target itself always meets it. */
    public boolean isMetBy(double measured) {
        return comparison == Comparison.AT_LEAST ? measured >= target : measured <= target;
    }
}
