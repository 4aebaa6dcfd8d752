package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import fi.hoitomalli.catalog.SelfServiceChannel;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.team.EscalationLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ground rules decide for an inquiry: exactly one of answer now, call back, redirect, escalate
 * one level up, or document and report. Every decision names the {@link GroundRule} that fired.
 */
public sealed interface Decision permits Decision.AnswerNow, Decision.CallBack, Decision.Redirect,
        Decision.Escalate, Decision.DocumentAndReport {

    /** The ground rule that made the decision. */
    GroundRule rule();

    /** The call-back promise made with the decision (call back and escalate), else empty. */
    default Optional<CallbackPromise.Open> promiseMade() {
        return Optional.empty();
    }

    /**
     * Answer in this contact.
     *
     * @param guidance what to do or say, in fi/sv/en
     * @param selfService the channel to point the caller to for next time, if any
     */
    record AnswerNow(GroundRule rule, LocalizedText guidance, Optional<SelfServiceChannel> selfService)
            implements Decision {
        public AnswerNow {
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(guidance, "guidance must not be null");
            Objects.requireNonNull(selfService, "selfService must not be null");
        }
    }

    /**
     * Say we will find out and call back, with a promise due by the response-time policy.
     *
     * @param promise the promise made
     * @param guidance what to say, with the due time, in fi/sv/en
     * @param selfService the channel to point the caller to for next time, if any
     */
    record CallBack(GroundRule rule, CallbackPromise.Open promise, LocalizedText guidance,
                    Optional<SelfServiceChannel> selfService) implements Decision {
        public CallBack {
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(promise, "promise must not be null");
            Objects.requireNonNull(guidance, "guidance must not be null");
            Objects.requireNonNull(selfService, "selfService must not be null");
        }

        @Override
        public Optional<CallbackPromise.Open> promiseMade() {
            return Optional.of(promise);
        }
    }

    /**
     * Politely redirect the asker elsewhere.
     *
     * @param target where to
     * @param reason why, in fi/sv/en, to be told to the asker
     */
    record Redirect(GroundRule rule, RedirectTarget target, LocalizedText reason) implements Decision {
        public Redirect {
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(target, "target must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /**
     * Take the question one level up the escalation chain; the own secretary still owes the customer the
     * answer, by the escalated response time.
     *
     * @param from the current holder's level
     * @param to the next level up
     * @param promise the promise made to the customer
     */
    record Escalate(GroundRule rule, EscalationLevel from, EscalationLevel to, CallbackPromise.Open promise)
            implements Decision {
        public Escalate {
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(promise, "promise must not be null");
            checkArgument(from.next().equals(Optional.of(to)), "escalation goes exactly one level up: %s → %s",
                    from, to);
        }

        @Override
        public Optional<CallbackPromise.Open> promiseMade() {
            return Optional.of(promise);
        }
    }

    /**
     * Document the situation and report it.
     *
     * @param toRecord what to document, if anything
     * @param inform who is informed directly, in order
     * @param passedOnTo to whom our team lead passes it on, if anyone
     * @param whatToReport what the report says, in fi/sv/en
     */
    record DocumentAndReport(GroundRule rule, Optional<RecordRequest> toRecord, List<ReportRecipient> inform,
                             Optional<ReportRecipient> passedOnTo, LocalizedText whatToReport) implements Decision {
        public DocumentAndReport {
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(toRecord, "toRecord must not be null");
            Objects.requireNonNull(passedOnTo, "passedOnTo must not be null");
            Objects.requireNonNull(whatToReport, "whatToReport must not be null");
            inform = ImmutableList.copyOf(Objects.requireNonNull(inform, "inform must not be null"));
            checkArgument(toRecord.isPresent() || !inform.isEmpty(), "a report documents or informs somebody");
        }
    }
}
