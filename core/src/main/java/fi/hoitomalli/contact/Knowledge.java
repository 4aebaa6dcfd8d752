package fi.hoitomalli.contact;

/** What the person handling an inquiry knows about its answer. */
public enum Knowledge {
    /** Knows the answer now. */
    KNOWS,
    /** Does not know, but can find out alone: "we will find out and call back" (GR-2). */
    WILL_FIND_OUT,
    /** Cannot resolve it at this level: the question goes one level up the escalation chain (CP-2). */
    BEYOND_LEVEL
}
