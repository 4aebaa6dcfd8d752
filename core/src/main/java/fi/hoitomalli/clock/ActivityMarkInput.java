package fi.hoitomalli.clock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.Name;
import fi.hoitomalli.common.PlainText;

/**
 * A status mark as a form hands it in (input from outside): held, cancelled or planned again, who marks
 * it and an optional note. Validate it with {@link fi.hoitomalli.common.InputValidation} (messages in
 * fi, sv and en; who marks is a name and the note a multi-line text under the
 * {@link fi.hoitomalli.common.TextPolicy}), then turn it into an {@link ActivityMark} with the time from the caller's
 * {@code Clock}. The activity and the version the form showed are the caller's, not the form's.
 *
 * @param status the status to set
 * @param by who marks it
 * @param note a note, or null or blank for none
 */
public record ActivityMarkInput(
        @NotNull(message = "{fi.hoitomalli.clock.mark.status.required}") ActivityStatus status,
        @NotBlank(message = "{fi.hoitomalli.clock.mark.by.required}")
        @Name(max = ActivityMark.MAX_BY) String by,
        @PlainText(multiline = true, max = ActivityMark.MAX_NOTE) String note) {

    /**
     * The mark this input describes, made at {@code at}; white space around the texts is dropped and a
     * blank note is no note.
     *
     * @throws NullPointerException or IllegalArgumentException if the input was not validated first
     */
    public ActivityMark toMark(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        Optional<String> text = note == null || note.isBlank() ? Optional.empty() : Optional.of(note.strip());
        return new ActivityMark(status, Objects.requireNonNull(by, "by must not be null").strip(), at, text);
    }
}
