package fi.hoitomalli.benchmarks;

import java.time.LocalDate;
import java.util.Random;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;

/**
 * The answer rule the feedback benchmarks ({@link AccessScopeBenchmark}, {@link FeedbackSummaryBenchmark},
 * {@link JdbcFeedbackBenchmark}) generate their records with: 80 % of the feedback answered by its recorder
 * by phone within 0–14 days of its receipt, the rest still only received.
 */
final class BenchFeedback {

    private BenchFeedback() {
    }

    /**
     * The feedback of {@code details}, answered with {@code answer} or not, as drawn from {@code random}: one
     * draw of ten for whether, and where answered one of fifteen for the day.
     */
    static FeedbackReport answeredOrReceived(FeedbackDetails details, Random random, String answer) {
        if (random.nextInt(10) < 8) {
            LocalDate on = details.received().plusDays(random.nextInt(15));
            return new FeedbackReport.Responded(details, new Response(
                    new Respondent.BySecretary(details.recorder()), on, ResponseMethod.PHONE, answer));
        }
        return new FeedbackReport.Received(details);
    }
}
