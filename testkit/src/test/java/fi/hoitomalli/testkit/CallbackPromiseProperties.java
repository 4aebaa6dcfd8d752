package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.PromiseTransition;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The call-back promise state machine moves only where it may and rejects every other transition. */
@Domain(ContactDomain.class)
@Domain(DomainContext.Global.class)
class CallbackPromiseProperties {

    @Property(tries = 300)
    void keepingMovesOnlyUnkeptPromisesAndNeverIntoThePast(@ForAll CallbackPromise promise, @ForAll Instant at) {
        PromiseTransition transition = promise.keep(at);

        boolean allowed = promise instanceof CallbackPromise.Open
                ? !at.isBefore(promise.terms().madeAt())
                : promise instanceof CallbackPromise.Broken broken && !at.isBefore(broken.brokenAt());
        assertOutcome(promise, transition, allowed);
        if (transition instanceof PromiseTransition.Moved moved) {
            assertThat(moved.next()).isEqualTo(new CallbackPromise.Kept(promise.terms(), at));
        }
    }

    @Property(tries = 300)
    void onlyAnOpenPromisePastItsDueInstantCanBeMarkedBroken(@ForAll CallbackPromise promise, @ForAll Instant now) {
        PromiseTransition transition = promise.markBroken(now);

        boolean allowed = promise instanceof CallbackPromise.Open && now.isAfter(promise.terms().due());
        assertOutcome(promise, transition, allowed);
        if (transition instanceof PromiseTransition.Moved moved) {
            assertThat(moved.next()).isEqualTo(new CallbackPromise.Broken(promise.terms(), now));
            assertThat(moved.next().isOverdueAt(now)).isTrue();
        }
    }

    private static void assertOutcome(CallbackPromise promise, PromiseTransition transition, boolean allowed) {
        if (allowed) {
            assertThat(transition).isInstanceOf(PromiseTransition.Moved.class);
        } else {
            assertThat(transition).isInstanceOf(PromiseTransition.Rejected.class);
            assertThat(((PromiseTransition.Rejected) transition).current()).isEqualTo(promise);
        }
    }
}
