package fi.hoitomalli.plan;

import fi.hoitomalli.customer.SectorId;

/**
 * Port: where computed goal metrics get their figures — the feedback summaries of the forms feature.
 * The embedding system (or the library's wiring) answers from the recorded customer feedback.
 */
@FunctionalInterface
public interface MetricSource {

    /**
     * The sector's feedback counts in the window (both ends included); {@link FeedbackCounts#none()} when
     * there was none. Never null.
     */
    FeedbackCounts feedbackCounts(SectorId sector, MetricWindow window);
}
