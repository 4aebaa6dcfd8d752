package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much customer feedback a sector gave in a period and how much of it was positive — the part of a
 * feedback summary (palauteyhteenveto) that goal metrics need.
 *
 * @param positive the positive feedback records, 0 ≤ positive ≤ total
 * @param total all feedback records
 */
public record FeedbackCounts(int positive, int total) {
    public FeedbackCounts {
        checkArgument(total >= 0, "total must not be negative: %s", total);
        checkArgument(positive >= 0 && positive <= total, "positive must be within 0..%s: %s", total, positive);
    }

    /** No feedback at all. */
    public static FeedbackCounts none() {
        return new FeedbackCounts(0, 0);
    }
}
