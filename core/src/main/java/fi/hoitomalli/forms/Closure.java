package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The closing of a feedback (palautteen sulkeminen), optionally with a follow-up action.
 *
 * @param on the day it was closed
 * @param followUp the follow-up action, if any
 */
public record Closure(LocalDate on, Optional<FollowUp> followUp) {
    public Closure {
        Objects.requireNonNull(on, "on must not be null");
        Objects.requireNonNull(followUp, "followUp must not be null");
    }

    /** The same closure without free text (AX-2). */
    public Closure withoutText() {
        return new Closure(on, followUp.map(FollowUp::withoutText));
    }
}
