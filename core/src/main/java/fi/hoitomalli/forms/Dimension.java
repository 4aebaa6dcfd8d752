package fi.hoitomalli.forms;

/** What a feedback summary can be broken down by (erittely). */
public enum Dimension {
    /** The answering team. */
    TEAM,
    /** The customer's sector at the time. */
    SECTOR,
    /** The customer's role at the time. */
    ROLE,
    /** The customer's collective agreement at the time ({@code "-"} when unknown). */
    AGREEMENT,
    /** Positive, negative, development idea. */
    KIND,
    /** The specified reason. */
    REASON,
    /** The channel. */
    CHANNEL,
    /** The month received, e.g. {@code 2027-03}. */
    MONTH,
    /** The ISO week received, e.g. {@code 2027-W09}. */
    ISO_WEEK
}
