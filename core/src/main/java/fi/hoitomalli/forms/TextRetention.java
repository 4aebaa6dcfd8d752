package fi.hoitomalli.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import fi.hoitomalli.access.RetentionPolicy;
import fi.hoitomalli.common.ConcurrentUpdateException;

/**
 * Rule AX-2 applied to the stores (tekstien anonymisointi): blanks the free text of every situation and
 * feedback dated before the retention cutoff, keeping ids, dates, categories, states and therefore all
 * counts and summaries. Idempotent: records without text are left alone, so a second run changes
 * nothing. Run it e.g. nightly. Each record is blanked with the store's compare-and-set update, so a
 * lifecycle step taken meanwhile is never overwritten: such a record keeps its text until the next run.
 */
public final class TextRetention {

    private final RetentionPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final SituationReports situations;
    private final FeedbackReports feedback;

    /**
     * @param policy the retention period
     * @param clock where "today" comes from
     * @param zone the zone of "today" (the calendar's)
     * @param situations the situation store
     * @param feedback the feedback store
     */
    public TextRetention(RetentionPolicy policy, Clock clock, ZoneId zone, SituationReports situations,
                         FeedbackReports feedback) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.situations = Objects.requireNonNull(situations, "situations must not be null");
        this.feedback = Objects.requireNonNull(feedback, "feedback must not be null");
    }

    /**
     * How many records one run anonymised, and the cutoff it used.
     *
     * @param cutoff records dated before it were anonymised
     * @param situations situations anonymised by this run
     * @param feedback feedback anonymised by this run
     */
    public record Outcome(LocalDate cutoff, int situations, int feedback) {
        public Outcome {
            Objects.requireNonNull(cutoff, "cutoff must not be null");
        }
    }

    /**
     * Anonymises every expired record that still has text, except those changed by somebody else while the
     * run read them (the next run takes them).
     */
    public Outcome run() {
        LocalDate cutoff = policy.cutoff(LocalDate.now(clock.withZone(zone)));
        int s = 0;
        for (SituationReport report : situations.recordedBefore(cutoff)) {
            SituationReport blanked = report.withoutText();
            if (!blanked.equals(report) && updated(() -> situations.update(report, blanked))) {
                s++;
            }
        }
        int f = 0;
        for (FeedbackReport report : feedback.recordedBefore(cutoff)) {
            FeedbackReport blanked = report.withoutText();
            if (!blanked.equals(report) && updated(() -> feedback.update(report, blanked))) {
                f++;
            }
        }
        return new Outcome(cutoff, s, f);
    }

    private static boolean updated(Runnable update) {
        try {
            update.run();
            return true;
        } catch (ConcurrentUpdateException changedMeanwhile) {
            return false;
        }
    }
}
