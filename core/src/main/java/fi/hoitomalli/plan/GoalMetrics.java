package fi.hoitomalli.plan;

import fi.hoitomalli.customer.SectorId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Computes the current values of an account plan's satisfaction goals from the sector's feedback
 * (e.g. "share of positive feedback this half-year") — pure functions over a {@link MetricSource}.
 * Hand-entered metrics (the yearly survey) are set with {@link AccountPlan#withMeasurement}.
 */
public final class GoalMetrics {

    private final MetricSource source;

    /** @param source where the feedback counts come from */
    public GoalMetrics(MetricSource source) {
        this.source = Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * The goal's metric computed for the sector on the day: the share of positive feedback, in per
     * cent rounded to one decimal, in the metric's period that contains the day.
     */
    public MetricReading read(SectorId sector, SatisfactionGoal goal, LocalDate asOf) {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (!(goal.metric() instanceof Metric.PositiveFeedbackShare share)) {
            return new MetricReading.HandEnteredOnly(goal.id());
        }
        MetricWindow window = share.period().containing(asOf);
        FeedbackCounts counts = Objects.requireNonNull(source.feedbackCounts(sector, window),
                "the metric source returned null");
        if (counts.total() == 0) {
            return new MetricReading.NoFeedback(goal.id(), window);
        }
        double percent = Math.round(1000.0 * counts.positive() / counts.total()) / 10.0;
        String basis = "feedback " + window + ": " + counts.positive() + " of " + counts.total() + " positive";
        return new MetricReading.Measured(goal.id(), new Measurement(percent, asOf, basis));
    }

    /** The readings of all the plan's goals, in goal order. */
    public List<MetricReading> readAll(AccountPlan plan, LocalDate asOf) {
        return plan.development().goals().stream().map(g -> read(plan.sector(), g, asOf)).toList();
    }

    /**
     * The plan with every computable goal's current value refreshed; goals without feedback in their
     * window and hand-entered goals keep their values.
     */
    public AccountPlan refresh(AccountPlan plan, LocalDate asOf) {
        AccountPlan result = plan;
        for (MetricReading reading : readAll(plan, asOf)) {
            if (reading instanceof MetricReading.Measured measured) {
                result = result.withMeasurement(measured.goal(), measured.measurement());
            }
        }
        return result;
    }
}
