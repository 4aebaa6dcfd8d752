package fi.hoitomalli.forms;

/** The stage of a feedback's lifecycle, for queries by state. */
public enum FeedbackStage {
    /** Received and waiting for a response. */
    RECEIVED,
    /** Answered. */
    RESPONDED,
    /** Closed, possibly with a follow-up action. */
    CLOSED
}
