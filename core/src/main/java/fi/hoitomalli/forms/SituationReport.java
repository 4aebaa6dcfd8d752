package fi.hoitomalli.forms;

import java.util.Objects;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;

/**
 * A recorded challenging customer situation and where it is in its lifecycle (asiakastilanteen
 * dokumentti): recorded in daily work → reviewed in a team meeting → archived. The states are the
 * permitted records; {@link #apply} returns the next state or a rejection value and never mutates.
 */
public sealed interface SituationReport
        permits SituationReport.Recorded, SituationReport.Reviewed, SituationReport.Archived {

    /** What the form recorded. */
    SituationDetails details();

    /** The stage of the lifecycle. */
    SituationStage stage();

    /** The same state with every free text removed (AX-2); idempotent. */
    SituationReport withoutText();

    /** The record's id. */
    default SituationId id() {
        return details().id();
    }

    /**
     * The record's revision (versio): three times the stage's place in the lifecycle, plus 0 while the
     * record has its text, 2 once it is anonymised (AX-2) and 1 for an anonymised record that got new text
     * since (a step taken after the anonymisation, whose text the next retention run removes). Every change
     * a record can go through — a lifecycle step, the anonymisation — raises it, so stores use it as the
     * optimistic version of an update.
     */
    default long revision() {
        int text = !details().anonymised() ? 0 : equals(withoutText()) ? 2 : 1;
        return 3L * stage().ordinal() + text;
    }

    /**
     * Whether {@code next} can replace this state of the same record in a store: same id, a later revision,
     * and no text back once it was removed. A lifecycle step ({@link #apply}) and {@link #withoutText()} of
     * a record with text give such states; a state never follows itself.
     *
     * @throws NullPointerException if {@code next} is null
     */
    default boolean isFollowedBy(SituationReport next) {
        Objects.requireNonNull(next, "next must not be null");
        return next.id().equals(id()) && next.revision() > revision()
                && (next.details().anonymised() || !details().anonymised());
    }

    /** What the access policy needs to decide on reading this record. */
    default Resource.Record resource() {
        SituationDetails d = details();
        return new Resource.Record(RecordKind.SITUATION, d.team(), d.recorder(), d.customer(),
                java.util.Optional.empty());
    }

    /**
     * Applies an event. Legal: review of a recorded situation (meeting not before the situation's date;
     * a situation with conflicting contacts must be escalated), archiving of a reviewed one (not before
     * the meeting). Everything else is rejected.
     */
    default Transition<SituationReport> apply(SituationEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        if (this instanceof Recorded recorded && event instanceof SituationEvent.ReviewInMeeting review) {
            return recorded.review(review.review());
        }
        if (this instanceof Reviewed reviewed && event instanceof SituationEvent.Archive archive) {
            return reviewed.archive(archive);
        }
        return Rejections.notAllowed(this, event.name(), stage());
    }

    /**
     * Recorded, waiting for the team meeting.
     *
     * @param details what was recorded
     */
    record Recorded(SituationDetails details) implements SituationReport {
        public Recorded {
            Objects.requireNonNull(details, "details must not be null");
        }

        private Transition<SituationReport> review(Review review) {
            if (review.meetingDate().isBefore(details.date())) {
                return Rejections.tooEarly(this, "review", review.meetingDate(), details.date());
            }
            if (details.conflictingContacts() && review.escalation().isEmpty()) {
                return Rejections.notEscalated(this);
            }
            return new Transition.Accepted<>(new Reviewed(details, review));
        }

        @Override
        public SituationStage stage() {
            return SituationStage.RECORDED;
        }

        @Override
        public Recorded withoutText() {
            return new Recorded(details.withoutText());
        }
    }

    /**
     * Reviewed in a team meeting; the solution is shared.
     *
     * @param details what was recorded
     * @param review the meeting's review
     */
    record Reviewed(SituationDetails details, Review review) implements SituationReport {
        public Reviewed {
            Objects.requireNonNull(details, "details must not be null");
            Objects.requireNonNull(review, "review must not be null");
        }

        private Transition<SituationReport> archive(SituationEvent.Archive archive) {
            if (archive.on().isBefore(review.meetingDate())) {
                return Rejections.tooEarly(this, "archive", archive.on(), review.meetingDate());
            }
            return new Transition.Accepted<>(new Archived(details, review, archive.on()));
        }

        @Override
        public SituationStage stage() {
            return SituationStage.REVIEWED;
        }

        @Override
        public Reviewed withoutText() {
            return new Reviewed(details.withoutText(), review.withoutText());
        }
    }

    /**
     * Archived; final.
     *
     * @param details what was recorded
     * @param review the meeting's review
     * @param archivedOn the day it was archived
     */
    record Archived(SituationDetails details, Review review, java.time.LocalDate archivedOn)
            implements SituationReport {
        public Archived {
            Objects.requireNonNull(details, "details must not be null");
            Objects.requireNonNull(review, "review must not be null");
            Objects.requireNonNull(archivedOn, "archivedOn must not be null");
        }

        @Override
        public SituationStage stage() {
            return SituationStage.ARCHIVED;
        }

        @Override
        public Archived withoutText() {
            return new Archived(details.withoutText(), review.withoutText(), archivedOn);
        }
    }
}
