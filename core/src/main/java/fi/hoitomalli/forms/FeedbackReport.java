package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.calendar.WorkingCalendar;

/**
 * A recorded customer feedback and where it is in its lifecycle (palautteen dokumentti): received →
 * responded → closed. Every feedback gets a reaction, so a feedback cannot be closed unanswered. The
 * states are the permitted records; {@link #apply} returns the next state or a rejection value.
 */
public sealed interface FeedbackReport
        permits FeedbackReport.Received, FeedbackReport.Responded, FeedbackReport.Closed {

    /** What the form recorded. */
    FeedbackDetails details();

    /** The stage of the lifecycle. */
    FeedbackStage stage();

    /** The answer, once given. */
    Optional<Response> response();

    /** The same state with every free text removed (AX-2); idempotent. */
    FeedbackReport withoutText();

    /** The record's id. */
    default FeedbackId id() {
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
    default boolean isFollowedBy(FeedbackReport next) {
        Objects.requireNonNull(next, "next must not be null");
        return next.id().equals(id()) && next.revision() > revision()
                && (next.details().anonymised() || !details().anonymised());
    }

    /** What the access policy needs to decide on reading this record. */
    default Resource.Record resource() {
        FeedbackDetails d = details();
        return new Resource.Record(RecordKind.FEEDBACK, d.team(), d.recorder(), d.customer(),
                Optional.of(d.segment().sector()));
    }

    /** Whether the feedback is unanswered after its due date on {@code asOf}. */
    default boolean isOverdue(LocalDate asOf) {
        return response().isEmpty() && asOf.isAfter(details().dueDate());
    }

    /** Whether it was answered, but after its due date. */
    default boolean answeredLate() {
        return response().map(r -> r.on().isAfter(details().dueDate())).orElse(false);
    }

    /** The response time in working days (receipt to answer), when answered. */
    default OptionalInt responseWorkingDays(WorkingCalendar calendar) {
        return response().map(r -> OptionalInt.of(calendar.workingDaysBetween(details().received(), r.on())))
                .orElse(OptionalInt.empty());
    }

    /** The status without text, as a supervisor may see it. */
    default FeedbackStatus status() {
        Optional<LocalDate> closed = this instanceof Closed c ? Optional.of(c.closure().on()) : Optional.empty();
        return new FeedbackStatus(id(), stage(), details().received(), details().dueDate(),
                response().map(Response::on), closed);
    }

    /**
     * Applies an event. Legal: respond to a received feedback (not before receipt), close a responded
     * one (not before the response). Everything else is rejected.
     */
    default Transition<FeedbackReport> apply(FeedbackEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        if (this instanceof Received received && event instanceof FeedbackEvent.Respond respond) {
            return received.respond(respond.response());
        }
        if (this instanceof Responded responded && event instanceof FeedbackEvent.Close close) {
            return responded.close(close.closure());
        }
        return Rejections.notAllowed(this, event.name(), stage());
    }

    /**
     * Received, waiting for an answer.
     *
     * @param details what was recorded
     */
    record Received(FeedbackDetails details) implements FeedbackReport {
        public Received {
            Objects.requireNonNull(details, "details must not be null");
        }

        private Transition<FeedbackReport> respond(Response response) {
            if (response.on().isBefore(details.received())) {
                return Rejections.tooEarly(this, "respond", response.on(), details.received());
            }
            return new Transition.Accepted<>(new Responded(details, response));
        }

        @Override
        public FeedbackStage stage() {
            return FeedbackStage.RECEIVED;
        }

        @Override
        public Optional<Response> response() {
            return Optional.empty();
        }

        @Override
        public Received withoutText() {
            return new Received(details.withoutText());
        }
    }

    /**
     * Answered.
     *
     * @param details what was recorded
     * @param answer the answer
     */
    record Responded(FeedbackDetails details, Response answer) implements FeedbackReport {
        public Responded {
            Objects.requireNonNull(details, "details must not be null");
            Objects.requireNonNull(answer, "answer must not be null");
        }

        private Transition<FeedbackReport> close(Closure closure) {
            if (closure.on().isBefore(answer.on())) {
                return Rejections.tooEarly(this, "close", closure.on(), answer.on());
            }
            return new Transition.Accepted<>(new Closed(details, answer, closure));
        }

        @Override
        public FeedbackStage stage() {
            return FeedbackStage.RESPONDED;
        }

        @Override
        public Optional<Response> response() {
            return Optional.of(answer);
        }

        @Override
        public Responded withoutText() {
            return new Responded(details.withoutText(), answer.withoutText());
        }
    }

    /**
     * Closed; final.
     *
     * @param details what was recorded
     * @param answer the answer
     * @param closure the closing
     */
    record Closed(FeedbackDetails details, Response answer, Closure closure) implements FeedbackReport {
        public Closed {
            Objects.requireNonNull(details, "details must not be null");
            Objects.requireNonNull(answer, "answer must not be null");
            Objects.requireNonNull(closure, "closure must not be null");
        }

        @Override
        public FeedbackStage stage() {
            return FeedbackStage.CLOSED;
        }

        @Override
        public Optional<Response> response() {
            return Optional.of(answer);
        }

        @Override
        public Closed withoutText() {
            return new Closed(details.withoutText(), answer.withoutText(), closure.withoutText());
        }
    }
}
