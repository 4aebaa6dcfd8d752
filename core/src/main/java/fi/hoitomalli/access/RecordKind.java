package fi.hoitomalli.access;

/** The kinds of individual records the access policy decides on. */
public enum RecordKind {
    /** A challenging customer situation with its free text. */
    SITUATION,
    /** A customer feedback with its free text. */
    FEEDBACK,
    /** Only the status of a feedback (received, due, answered, closed), without any text. */
    FEEDBACK_STATUS
}
