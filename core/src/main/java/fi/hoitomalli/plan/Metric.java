package fi.hoitomalli.plan;

import java.util.Objects;

/**
 * How a satisfaction goal is measured (mittari): computed from the feedback records of the sector, or
 * entered by hand (e.g. the result of the yearly satisfaction survey).
 */
public sealed interface Metric permits Metric.PositiveFeedbackShare, Metric.HandEntered {

    /** The unit the metric's values are in, e.g. {@code "%"}. */
    String unit();

    /**
     * The share of positive feedback among all feedback of the sector in the period around the
     * measuring day, in per cent (0–100). Computed by {@link GoalMetrics} from a {@link MetricSource}.
     *
     * @param period the period, e.g. the half-year
     */
    record PositiveFeedbackShare(MetricPeriod period) implements Metric {
        public PositiveFeedbackShare {
            Objects.requireNonNull(period, "period must not be null");
        }

        @Override
        public String unit() {
            return "%";
        }
    }

    /**
     * A value entered by hand, e.g. the share of supervisors who found the service "fairly expert and
     * fast" in the yearly survey (41.5 % in 2009).
     *
     * @param name what is measured, non-blank
     * @param unit its unit, e.g. {@code "%"} or {@code "1–5"}; may be empty
     */
    record HandEntered(String name, String unit) implements Metric {
        public HandEntered {
            Texts.nonBlank(name, "name");
            Texts.text(unit, "unit");
        }
    }
}
