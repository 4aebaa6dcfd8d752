package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest status mark of a dated activity (merkintä): held or cancelled — or planned again, which
 * reopens an activity marked by mistake — with who marked it, when, and an optional note (e.g. why a
 * steering-group meeting was cancelled). A new mark replaces the previous one; the activity's version
 * number tells how many changes it has had. Build it from outside input with {@link ActivityMarkInput}.
 *
 * @param status the status the mark sets
 * @param by who marked it, non-blank, at most {@value #MAX_BY} characters
 * @param at when
 * @param note a note, non-blank and at most {@value #MAX_NOTE} characters when present
 */
public record ActivityMark(ActivityStatus status, String by, Instant at, Optional<String> note) {

    /** The longest name of whoever marks. */
    public static final int MAX_BY = 200;

    /** The longest note. */
    public static final int MAX_NOTE = 4_000;

    public ActivityMark {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(by, "by must not be null");
        checkArgument(!by.isBlank() && by.length() <= MAX_BY, "who marks must have 1–%s characters", MAX_BY);
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(note, "note must not be null");
        note.ifPresent(n -> checkArgument(!n.isBlank() && n.length() <= MAX_NOTE,
                "a note must be non-blank with at most %s characters", MAX_NOTE));
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
