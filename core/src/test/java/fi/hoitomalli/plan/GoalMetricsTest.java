package fi.hoitomalli.plan;

import static fi.hoitomalli.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalMetricsTest {

    private final List<MetricWindow> asked = new ArrayList<>();

    private MetricSource summaries(int positive, int total) {
        return (sector, window) -> {
            asked.add(window);
            return new FeedbackCounts(positive, total);
        };
    }

    @Test
    void shareOfPositiveFeedbackThisHalfYearIsComputedFromTheSummary() {
        GoalMetrics metrics = new GoalMetrics(summaries(34, 40));
        MetricReading reading = metrics.read(PlanFixtures.SIVI, PlanFixtures.shareGoal(), LocalDate.of(2027, 3, 12));
        assertThat(asked).containsExactly(new MetricWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
        assertThat(reading).isEqualTo(new MetricReading.Measured(PlanFixtures.SHARE, new Measurement(85.0,
                LocalDate.of(2027, 3, 12), "feedback 2027-01-01–2027-06-30: 34 of 40 positive")));
    }

    @Test
    void shareIsRoundedToOneDecimal() {
        MetricReading reading = new GoalMetrics(summaries(2, 3))
                .read(PlanFixtures.SIVI, PlanFixtures.shareGoal(), LocalDate.of(2027, 9, 1));
        assertThat(((MetricReading.Measured) reading).measurement().value()).isEqualTo(66.7);
    }

    @Test
    void noFeedbackMeansNoMeasurementAndHandEnteredGoalsAreNotComputed() {
        GoalMetrics metrics = new GoalMetrics(summaries(0, 0));
        assertThat(metrics.read(PlanFixtures.SIVI, PlanFixtures.shareGoal(), LocalDate.of(2027, 9, 1)))
                .isEqualTo(new MetricReading.NoFeedback(PlanFixtures.SHARE,
                        new MetricWindow(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31))));
        assertThat(metrics.read(PlanFixtures.SIVI, PlanFixtures.surveyGoal(), LocalDate.of(2027, 9, 1)))
                .isEqualTo(new MetricReading.HandEnteredOnly(PlanFixtures.SURVEY));
    }

    @Test
    void refreshUpdatesOnlyComputableGoals() {
        AccountPlan refreshed = new GoalMetrics(summaries(3, 4)).refresh(plan(), LocalDate.of(2027, 5, 2));
        assertThat(refreshed.development().goal(PlanFixtures.SHARE).orElseThrow().current().orElseThrow().value())
                .isEqualTo(75.0);
        assertThat(refreshed.development().goal(PlanFixtures.SURVEY).orElseThrow().current()).isEmpty();
    }

    @Test
    void periodsAreCalendarAligned() {
        LocalDate day = LocalDate.of(2027, 8, 20);
        assertThat(MetricPeriod.MONTH.containing(day))
                .isEqualTo(new MetricWindow(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 31)));
        assertThat(MetricPeriod.QUARTER.containing(day))
                .isEqualTo(new MetricWindow(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 30)));
        assertThat(MetricPeriod.YEAR.containing(day))
                .isEqualTo(new MetricWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
    }
}
