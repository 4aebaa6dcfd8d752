package fi.hoitomalli.forms;

/** How a feedback was answered (vastaustapa). */
public enum ResponseMethod {
    /** By phone. */
    PHONE,
    /** By e-mail. */
    EMAIL,
    /** In a meeting with the customer. */
    MEETING,
    /** In writing (letter, memo). */
    WRITTEN,
    /** In the supervisors' newsletter (esimiestiedote), for feedback of many customers. */
    NEWSLETTER
}
