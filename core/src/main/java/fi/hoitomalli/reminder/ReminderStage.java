package fi.hoitomalli.reminder;

/**
 * How late something is when a secretary is reminded of it. Each stage is reminded of once; the team
 * lead is copied only at {@link #ESCALATED}.
 */
public enum ReminderStage {
    /** The due date is near (feedback only). */
    NEAR_DUE,
    /** Past due. */
    OVERDUE,
    /** Past due by more than the policy's limit: the team lead is copied. */
    ESCALATED
}
