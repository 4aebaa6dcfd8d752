package fi.hoitomalli.forms;

import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;

/**
 * The outcome of applying a lifecycle event to a form record: the next state, or a rejection that
 * leaves the record as it was and says why. Illegal transitions are values, never exceptions.
 *
 * @param <S> the record type (a situation or a feedback report)
 */
public sealed interface Transition<S> permits Transition.Accepted, Transition.Rejected {

    /** The state after the transition: the next one when accepted, the unchanged one when rejected. */
    S state();

    /** Whether the event was accepted. */
    boolean accepted();

    /**
     * The event was accepted.
     *
     * @param next the new state
     * @param <S> the record type
     */
    record Accepted<S>(S next) implements Transition<S> {
        public Accepted {
            Objects.requireNonNull(next, "next must not be null");
        }

        @Override
        public S state() {
            return next;
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The event was rejected; nothing changed.
     *
     * @param current the unchanged state
     * @param rule the message key of the reason, e.g. {@code fi.hoitomalli.forms.transition.notAllowed}
     * @param reason the reason in fi/sv/en
     * @param <S> the record type
     */
    record Rejected<S>(S current, String rule, LocalizedText reason) implements Transition<S> {
        public Rejected {
            Objects.requireNonNull(current, "current must not be null");
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public S state() {
            return current;
        }

        @Override
        public boolean accepted() {
            return false;
        }
    }
}
