package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer given to a feedback (vastaus palautteeseen): who, when, how and what.
 *
 * @param by who answered
 * @param on the day of the answer
 * @param method how it was given
 * @param text what was answered (free text; empty after retention)
 */
public record Response(Respondent by, LocalDate on, ResponseMethod method, String text) {
    public Response {
        Objects.requireNonNull(by, "by must not be null");
        Objects.requireNonNull(on, "on must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /** The same response without its free text (AX-2). */
    public Response withoutText() {
        return new Response(by, on, method, "");
    }
}
