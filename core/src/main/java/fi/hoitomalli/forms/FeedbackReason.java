package fi.hoitomalli.forms;

/**
 * The specified reason of a feedback (palautteen tarkennettu syy): the quality of customer service, the
 * quality of the operational work (contracts, pay, data), or something else, which then needs its text.
 */
public enum FeedbackReason {
    /** Service quality (palvelun laatu): manner, reachability, response. */
    SERVICE_QUALITY,
    /** Operational quality (toiminnan laatu): correctness and speed of the HR work itself. */
    OPERATIONAL_QUALITY,
    /** Something else (muu), described in the feedback's other-reason text. */
    OTHER
}
