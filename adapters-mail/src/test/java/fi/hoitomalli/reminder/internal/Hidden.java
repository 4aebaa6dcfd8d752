package fi.hoitomalli.reminder.internal;

/** Stands in for a core {@code ..internal..} class in the architecture fixture (test sources only). */
public class Hidden {
}
