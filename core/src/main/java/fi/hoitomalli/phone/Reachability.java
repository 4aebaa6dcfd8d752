package fi.hoitomalli.phone;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.team.SecretaryId;

/**
 * The answer to "who answers customer C at instant T?" (tavoitettavuus, PH-7). For an
 * employee every answer carries the ground-rule hint that discretionary matters go to the own supervisor
 * first (GR-11); for supervisors and executives the hint is empty.
 */
public sealed interface Reachability permits Reachability.Answered, Reachability.Voicemail, Reachability.Closed,
        Reachability.OutsidePlan, Reachability.NoPublishedWindow, Reachability.UnknownCustomer {

    /** The ground-rule hint for employees, empty for other customers. */
    Optional<LocalizedText> employeeHint();

    /**
     * Somebody answers now: the own secretary, her partner (long absence) or the team lead (both away).
     *
     * @param ownSecretary the customer's own secretary
     * @param answerer who answers
     * @param until when the window closes
     * @param employeeHint the hint for employees
     */
    record Answered(SecretaryId ownSecretary, Answerer answerer, Instant until,
                    Optional<LocalizedText> employeeHint) implements Reachability {
        public Answered {
            Objects.requireNonNull(ownSecretary, "ownSecretary must not be null");
            Objects.requireNonNull(answerer, "answerer must not be null");
            Objects.requireNonNull(until, "until must not be null");
            Objects.requireNonNull(employeeHint, "employeeHint must not be null");
        }
    }

    /**
     * An open day, but nobody answers now: leave a message; the next window says who answers and when.
     *
     * @param ownSecretary the customer's own secretary
     * @param next the next answered window in the plan, if any
     * @param employeeHint the hint for employees
     */
    record Voicemail(SecretaryId ownSecretary, Optional<NextWindow> next, Optional<LocalizedText> employeeHint)
            implements Reachability {
        public Voicemail {
            Objects.requireNonNull(ownSecretary, "ownSecretary must not be null");
            Objects.requireNonNull(next, "next must not be null");
            Objects.requireNonNull(employeeHint, "employeeHint must not be null");
        }
    }

    /**
     * A weekend, holiday or day without service (PH-6): closed, with the next opening.
     *
     * @param ownSecretary the customer's own secretary
     * @param nextOpening the next answered window in the plan, if any
     * @param employeeHint the hint for employees
     */
    record Closed(SecretaryId ownSecretary, Optional<NextWindow> nextOpening, Optional<LocalizedText> employeeHint)
            implements Reachability {
        public Closed {
            Objects.requireNonNull(ownSecretary, "ownSecretary must not be null");
            Objects.requireNonNull(nextOpening, "nextOpening must not be null");
            Objects.requireNonNull(employeeHint, "employeeHint must not be null");
        }
    }

    /**
     * The instant is outside the plan's period: the plan cannot say.
     *
     * @param ownSecretary the customer's own secretary
     * @param employeeHint the hint for employees
     */
    record OutsidePlan(SecretaryId ownSecretary, Optional<LocalizedText> employeeHint) implements Reachability {
        public OutsidePlan {
            Objects.requireNonNull(ownSecretary, "ownSecretary must not be null");
            Objects.requireNonNull(employeeHint, "employeeHint must not be null");
        }
    }

    /**
     * The customer is outside the pilot group of the new plan (PH-9) and the team has no previous plan, so
     * the previous arrangement holds: no published window — the customer may call the own secretary at any
     * time during service hours.
     *
     * @param ownSecretary the customer's own secretary
     * @param employeeHint the hint for employees
     */
    record NoPublishedWindow(SecretaryId ownSecretary, Optional<LocalizedText> employeeHint) implements Reachability {
        public NoPublishedWindow {
            Objects.requireNonNull(ownSecretary, "ownSecretary must not be null");
            Objects.requireNonNull(employeeHint, "employeeHint must not be null");
        }
    }

    /** The customer is not in the index (unknown, or owned by no secretary of the indexed plans). */
    record UnknownCustomer() implements Reachability {
        @Override
        public Optional<LocalizedText> employeeHint() {
            return Optional.empty();
        }
    }
}
