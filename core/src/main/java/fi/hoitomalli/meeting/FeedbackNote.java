package fi.hoitomalli.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Feedback a customer gave in a meeting (palaute), noted down to become a feedback record of the forms
 * feature and to be reviewed in the own team.
 *
 * @param tone what kind of feedback
 * @param text what was said, non-blank
 */
public record FeedbackNote(Tone tone, String text) {
    public FeedbackNote {
        Objects.requireNonNull(tone, "tone must not be null");
        Objects.requireNonNull(text, "text must not be null");
        checkArgument(!text.isBlank(), "feedback text must not be blank");
    }

    /** The kind of feedback. */
    public enum Tone {
        POSITIVE,
        NEGATIVE,
        DEVELOPMENT_IDEA
    }
}
