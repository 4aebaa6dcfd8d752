package fi.hoitomalli.plan;

import java.util.Objects;

/**
 * The outcome of computing a goal's metric: a measurement, no feedback in the window to compute from,
 * or a metric that is entered by hand and cannot be computed.
 */
public sealed interface MetricReading permits MetricReading.Measured, MetricReading.NoFeedback,
        MetricReading.HandEnteredOnly {

    /**
     * The metric was computed.
     *
     * @param goal the goal
     * @param measurement the computed value
     */
    record Measured(GoalId goal, Measurement measurement) implements MetricReading {
        public Measured {
            Objects.requireNonNull(goal, "goal must not be null");
            Objects.requireNonNull(measurement, "measurement must not be null");
        }
    }

    /**
     * No feedback was recorded for the sector in the window, so there is no share to compute; the
     * goal's current value is left as it was.
     *
     * @param goal the goal
     * @param window the window looked at
     */
    record NoFeedback(GoalId goal, MetricWindow window) implements MetricReading {
        public NoFeedback {
            Objects.requireNonNull(goal, "goal must not be null");
            Objects.requireNonNull(window, "window must not be null");
        }
    }

    /**
     * The goal's metric is entered by hand (e.g. the survey result); nothing to compute.
     *
     * @param goal the goal
     */
    record HandEnteredOnly(GoalId goal) implements MetricReading {
        public HandEnteredOnly {
            Objects.requireNonNull(goal, "goal must not be null");
        }
    }
}
