package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.Messages;
import fi.hoitomalli.team.SecretaryId;
import java.time.Instant;
import java.util.Objects;

/**
 * A call-back promise (soittolupaus): "we will find out and call you back" (GR-2), with a due instant
 * from the response-time policy. A state machine whose records are the states: {@link Open} →
 * {@link Kept} (when), {@link Open} → {@link Broken} (overdue) → {@link Kept} (late). Transitions return
 * a {@link PromiseTransition}: the next state or a rejection value; nothing is mutated.
 */
public sealed interface CallbackPromise permits CallbackPromise.Open, CallbackPromise.Kept, CallbackPromise.Broken {

    /** What was promised. */
    PromiseTerms terms();

    /** The promise's id. */
    default PromiseId id() {
        return terms().id();
    }

    /** Keeps the promise at the instant (the customer was called back). */
    PromiseTransition keep(Instant at);

    /** Records the promise as broken because it is overdue at {@code now}. */
    PromiseTransition markBroken(Instant now);

    /** Whether the promise is overdue at the instant: broken, or open past its due instant. */
    boolean isOverdueAt(Instant now);

    /** The same promise held by another secretary; a kept promise has nothing to hand over and stays as it is. */
    CallbackPromise heldBy(SecretaryId holder);

    /**
     * A promise not yet kept.
     *
     * @param terms what was promised
     */
    record Open(PromiseTerms terms) implements CallbackPromise {
        public Open {
            Objects.requireNonNull(terms, "terms must not be null");
        }

        @Override
        public PromiseTransition keep(Instant at) {
            Objects.requireNonNull(at, "at must not be null");
            if (at.isBefore(terms.madeAt())) {
                return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.keptTooEarly"));
            }
            return new PromiseTransition.Moved(new Kept(terms, at));
        }

        @Override
        public PromiseTransition markBroken(Instant now) {
            if (!isOverdueAt(now)) {
                return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.notOverdue"));
            }
            return new PromiseTransition.Moved(new Broken(terms, now));
        }

        @Override
        public boolean isOverdueAt(Instant now) {
            return Objects.requireNonNull(now, "now must not be null").isAfter(terms.due());
        }

        @Override
        public Open heldBy(SecretaryId holder) {
            return new Open(terms.heldBy(Objects.requireNonNull(holder, "holder must not be null")));
        }
    }

    /**
     * A promise kept: the customer was called back.
     *
     * @param terms what was promised
     * @param keptAt when, not before the promise was made
     */
    record Kept(PromiseTerms terms, Instant keptAt) implements CallbackPromise {
        public Kept {
            Objects.requireNonNull(terms, "terms must not be null");
            Objects.requireNonNull(keptAt, "keptAt must not be null");
            checkArgument(!keptAt.isBefore(terms.madeAt()), "promise %s kept before it was made", terms.id());
        }

        /** Whether it was kept by the due instant. */
        public boolean onTime() {
            return !keptAt.isAfter(terms.due());
        }

        @Override
        public PromiseTransition keep(Instant at) {
            return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.alreadyKept"));
        }

        @Override
        public PromiseTransition markBroken(Instant now) {
            return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.alreadyKept"));
        }

        @Override
        public boolean isOverdueAt(Instant now) {
            return false;
        }

        @Override
        public Kept heldBy(SecretaryId holder) {
            return this;
        }
    }

    /**
     * A promise broken: its due instant passed without a call back. It can still be kept, late.
     *
     * @param terms what was promised
     * @param brokenAt when it was recorded as broken, after the due instant
     */
    record Broken(PromiseTerms terms, Instant brokenAt) implements CallbackPromise {
        public Broken {
            Objects.requireNonNull(terms, "terms must not be null");
            Objects.requireNonNull(brokenAt, "brokenAt must not be null");
            checkArgument(brokenAt.isAfter(terms.due()), "promise %s marked broken before it was due", terms.id());
        }

        @Override
        public PromiseTransition keep(Instant at) {
            Objects.requireNonNull(at, "at must not be null");
            if (at.isBefore(brokenAt)) {
                return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.keptTooEarly"));
            }
            return new PromiseTransition.Moved(new Kept(terms, at));
        }

        @Override
        public PromiseTransition markBroken(Instant now) {
            return new PromiseTransition.Rejected(this, Messages.text("fi.hoitomalli.contact.promise.alreadyBroken"));
        }

        @Override
        public boolean isOverdueAt(Instant now) {
            return true;
        }

        @Override
        public Broken heldBy(SecretaryId holder) {
            return new Broken(terms.heldBy(Objects.requireNonNull(holder, "holder must not be null")), brokenAt);
        }
    }
}
