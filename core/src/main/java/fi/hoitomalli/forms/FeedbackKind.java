package fi.hoitomalli.forms;

/** The kind of a customer feedback (palautteen laji): praise, complaint or an idea for development. */
public enum FeedbackKind {
    /** Positive feedback (myönteinen palaute). */
    POSITIVE,
    /** Negative feedback (kielteinen palaute). */
    NEGATIVE,
    /** A development idea (kehitysehdotus). */
    DEVELOPMENT_IDEA
}
