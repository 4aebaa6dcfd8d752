package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/** Something that happens to a recorded situation; applied with {@link SituationReport#apply}. */
public sealed interface SituationEvent permits SituationEvent.ReviewInMeeting, SituationEvent.Archive {

    /** The event's name in messages. */
    String name();

    /**
     * The team meeting went through the situation.
     *
     * @param review the meeting's review; its shared solution must not be blank
     */
    record ReviewInMeeting(Review review) implements SituationEvent {
        public ReviewInMeeting {
            Objects.requireNonNull(review, "review must not be null");
            checkArgument(!review.sharedSolution().isBlank(), "the shared solution must not be blank");
        }

        @Override
        public String name() {
            return "review";
        }
    }

    /**
     * The situation is archived (arkistoitu).
     *
     * @param on the day
     */
    record Archive(LocalDate on) implements SituationEvent {
        public Archive {
            Objects.requireNonNull(on, "on must not be null");
        }

        @Override
        public String name() {
            return "archive";
        }
    }
}
