package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * The answer given to a feedback (vastaus palautteeseen): who, when, how and what.
 *
 * @param by who answered
 * @param on the day of the answer
 * @param method how it was given
 * @param text what was answered: a multi-line text under the {@link TextPolicy} of at most
 *        {@value TextPolicy#TEXT_MAX} characters, which may be empty (and is after retention)
 */
public record Response(Respondent by, LocalDate on, ResponseMethod method, String text) {
    /**
     * @throws IllegalArgumentException if the text holds a character the {@link TextPolicy} rejects or is
     *     too long
     */
    public Response {
        Objects.requireNonNull(by, "by must not be null");
        Objects.requireNonNull(on, "on must not be null");
        Objects.requireNonNull(method, "method must not be null");
        TextPolicy.requireCharacters(TextPolicy.Kind.MULTI_LINE, text, TextPolicy.TEXT_MAX, "response text");
    }

    /** The same response without its free text (AX-2). */
    public Response withoutText() {
        return new Response(by, on, method, "");
    }
}
