package fi.hoitomalli.clock;

/**
 * How the occurrences of a template are dated: scheduled by the planner into free working time, or
 * taken from the working calendar's payroll-run days (which scheduled activities avoid).
 */
public enum Placement {
    /** The planner picks working days and times, spread over the allowed months. */
    SCHEDULED,
    /** One all-day mark on every payroll-run day of the allowed months. */
    PAYROLL_RUN_DAYS
}
