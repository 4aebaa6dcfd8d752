package fi.hoitomalli.clock;

/** Whether a dated activity took place, is still planned or was cancelled. */
public enum ActivityStatus {
    HELD,
    PLANNED,
    CANCELLED
}
