package fi.hoitomalli.contact;

/** Which of the two documentation forms a situation is recorded on. */
public enum RecordKind {
    /** Challenging customer situation (asiakastilanteen dokumentointi). */
    CHALLENGING_SITUATION,
    /** Customer feedback (palautteen dokumentointi). */
    CUSTOMER_FEEDBACK
}
