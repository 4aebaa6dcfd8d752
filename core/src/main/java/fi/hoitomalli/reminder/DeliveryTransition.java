package fi.hoitomalli.reminder;

import java.util.Objects;

/** The result of a {@link DeliveryState} transition: the next state, or why it was refused. */
public sealed interface DeliveryTransition {

    /**
     * The transition is allowed.
     *
     * @param next the next state
     */
    record Moved(DeliveryState next) implements DeliveryTransition {
        public Moved {
            Objects.requireNonNull(next, "next must not be null");
        }
    }

    /**
     * The transition is not allowed in this state (e.g. another dispatcher took over an expired lease).
     *
     * @param reason why
     */
    record Refused(String reason) implements DeliveryTransition {
        public Refused {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
