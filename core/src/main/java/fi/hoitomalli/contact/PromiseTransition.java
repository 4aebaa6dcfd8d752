package fi.hoitomalli.contact;

import fi.hoitomalli.common.LocalizedText;
import java.util.Objects;

/** The result of a call-back promise's transition: the next state, or a rejection that keeps the current one. */
public sealed interface PromiseTransition permits PromiseTransition.Moved, PromiseTransition.Rejected {

    /**
     * The promise moved to the next state.
     *
     * @param next the new state
     */
    record Moved(CallbackPromise next) implements PromiseTransition {
        public Moved {
            Objects.requireNonNull(next, "next must not be null");
        }
    }

    /**
     * The transition is not allowed from the current state; nothing changed.
     *
     * @param current the unchanged promise
     * @param reason why, in fi/sv/en
     */
    record Rejected(CallbackPromise current, LocalizedText reason) implements PromiseTransition {
        public Rejected {
            Objects.requireNonNull(current, "current must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
