package fi.hoitomalli.clock;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * The latest status mark of a dated activity (merkintä): held or cancelled — or planned again, which
 * reopens an activity marked by mistake — with who marked it, when, and an optional note (e.g. why a
 * steering-group meeting was cancelled). A new mark replaces the previous one; the activity's version
 * number tells how many changes it has had. Build it from outside input with {@link ActivityMarkInput}.
 *
 * @param status the status the mark sets
 * @param by who marked it, a name under the {@link TextPolicy}: at most {@value #MAX_BY} characters
 * @param at when
 * @param note a note, a multi-line text under the {@link TextPolicy} of at most {@value #MAX_NOTE}
 *     characters when present
 */
public record ActivityMark(ActivityStatus status, String by, Instant at, Optional<String> note) {

    /** The longest name of whoever marks. */
    public static final int MAX_BY = TextPolicy.NAME_MAX;

    /** The longest note. */
    public static final int MAX_NOTE = TextPolicy.TEXT_MAX;

    /** @throws IllegalArgumentException if who marks or the note breaks the {@link TextPolicy} */
    public ActivityMark {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(by, "by must not be null");
        TextPolicy.requireName(by, "who marks");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(note, "note must not be null");
        note.ifPresent(n -> TextPolicy.requireMultiLine(n, MAX_NOTE, "note"));
    }

    /** A held mark without a note. */
    public static ActivityMark held(String by, Instant at) {
        return new ActivityMark(ActivityStatus.HELD, by, at, Optional.empty());
    }

    /** A cancellation with the reason as its note. */
    public static ActivityMark cancelled(String by, Instant at, String reason) {
        return new ActivityMark(ActivityStatus.CANCELLED, by, at, Optional.of(reason));
    }
}
