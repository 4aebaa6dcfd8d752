package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.contact.PromiseTransition;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CallbackPromises}: every implementation (in memory, JDBC, yours) extends this
 * class and provides a fresh, empty store; JUnit 5 runs the inherited tests against it. Of concurrent
 * updates from the same state exactly one wins and every other gets {@link ConcurrentUpdateException}.
 */
public abstract class CallbackPromisesContract {

    private static final TeamId TEAM = new TeamId("T-1");
    private static final TeamId OTHER_TEAM = new TeamId("T-2");
    private static final SecretaryId S1 = new SecretaryId("S-1");
    private static final SecretaryId S2 = new SecretaryId("S-2");
    private static final SecretaryId S9 = new SecretaryId("S-9");
    private static final Instant MADE = Instant.parse("2027-02-03T08:00:00Z");

    private CallbackPromises store;

    /** A new, empty store. */
    protected abstract CallbackPromises newCallbackPromises();

    @BeforeEach
    void freshStore() {
        store = newCallbackPromises();
    }

    private static CallbackPromise.Open open(String id, TeamId team, SecretaryId owner, String due) {
        return new CallbackPromise.Open(new PromiseTerms(new PromiseId(id), new InquiryId("I-" + id),
                Optional.of(new CustomerId("C-" + id)), team, owner, owner, MADE, Instant.parse(due)));
    }

    private static CallbackPromise next(PromiseTransition transition) {
        return ((PromiseTransition.Moved) transition).next();
    }

    @Test
    void storedPromiseIsFoundById() {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");

        store.add(promise);

        assertThat(store.find(promise.id())).contains(promise);
        assertThat(store.find(new PromiseId("P-404"))).isEmpty();
    }

    @Test
    void aPromiseIsAddedOnlyOnce() {
        CallbackPromise.Open first = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(first);

        assertThatThrownBy(() -> store.add(open("P-1", TEAM, S2, "2027-02-05T08:00:00Z")))
                .isInstanceOfSatisfying(DuplicateRecordException.class, e -> {
                    assertThat(e.id()).isEqualTo("P-1");
                    assertThat(e).isInstanceOf(IllegalArgumentException.class);
                });
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void ofEightConcurrentUpdatesOfOnePromiseExactlyOneWins() throws Exception {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(promise);
        List<CallbackPromise> nexts = IntStream.range(0, 8)
                .mapToObj(i -> (CallbackPromise) next(promise.keep(Instant.parse("2027-02-04T09:00:00Z").plusSeconds(i))))
                .toList();

        int wins = Races.winners(nexts.size(), i -> () -> store.update(promise, nexts.get(i)));

        assertThat(wins).isEqualTo(1);
        assertThat(nexts).contains(store.find(promise.id()).orElseThrow());
    }

    @Test
    void updateStoresTheNextStateOfEveryKind() {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(promise);
        CallbackPromise broken = next(promise.markBroken(Instant.parse("2027-02-04T09:00:00Z")));
        store.update(promise, broken);
        CallbackPromise kept = next(broken.keep(Instant.parse("2027-02-04T10:00:00Z")));

        store.update(broken, kept);

        assertThat(store.find(promise.id())).contains(kept);
    }

    @Test
    void staleUpdateIsRejectedAndChangesNothing() {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(promise);
        CallbackPromise kept = next(promise.keep(Instant.parse("2027-02-03T09:00:00Z")));
        store.update(promise, kept);

        assertThatThrownBy(() -> store.update(promise, promise.heldBy(S2)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find(promise.id())).contains(kept);
    }

    @Test
    void updateOfAnUnknownPromiseOrToAnotherIdIsAProgrammingError() {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        CallbackPromise.Open other = open("P-2", TEAM, S1, "2027-02-04T08:00:00Z");

        assertThatThrownBy(() -> store.update(promise, promise.heldBy(S2))).isInstanceOf(IllegalArgumentException.class);
        store.add(promise);
        assertThatThrownBy(() -> store.update(promise, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overduePromisesOfASecretaryAreOpenPastDueOrBrokenInDueOrder() {
        Instant now = Instant.parse("2027-02-10T08:00:00Z");
        CallbackPromise.Open late = open("P-2", TEAM, S1, "2027-02-05T08:00:00Z");
        CallbackPromise.Open later = open("P-1", TEAM, S1, "2027-02-06T08:00:00Z");
        CallbackPromise.Open notYet = open("P-3", TEAM, S1, "2027-02-11T08:00:00Z");
        CallbackPromise.Open dueNow = open("P-4", TEAM, S1, "2027-02-10T08:00:00Z");
        CallbackPromise.Open keptOne = open("P-5", TEAM, S1, "2027-02-04T08:00:00Z");
        CallbackPromise.Open colleagues = open("P-6", TEAM, S2, "2027-02-04T08:00:00Z");
        CallbackPromise broken = next(open("P-7", TEAM, S1, "2027-02-05T08:00:00Z")
                .markBroken(Instant.parse("2027-02-06T08:00:00Z")));
        for (CallbackPromise p : new CallbackPromise[] {late, later, notYet, dueNow, keptOne, colleagues, broken}) {
            store.add(p);
        }
        store.update(keptOne, next(keptOne.keep(Instant.parse("2027-02-09T08:00:00Z"))));

        assertThat(store.overdueHeldBy(S1, now)).containsExactly(late, broken, later);
        assertThat(store.overdueHeldBy(S9, now)).isEmpty();
    }

    @Test
    void overduePromisesOfATeamIncludeEveryHolderButNoOtherTeam() {
        Instant now = Instant.parse("2027-02-10T08:00:00Z");
        CallbackPromise.Open mine = open("P-1", TEAM, S1, "2027-02-05T08:00:00Z");
        CallbackPromise.Open partners = open("P-2", TEAM, S2, "2027-02-06T08:00:00Z");
        CallbackPromise.Open otherTeam = open("P-3", OTHER_TEAM, S9, "2027-02-04T08:00:00Z");
        store.add(mine);
        store.add(partners);
        store.add(otherTeam);

        assertThat(store.overdueInTeam(TEAM, now)).containsExactly(mine, partners);
        assertThat(store.overdueInTeam(OTHER_TEAM, now)).containsExactly(otherTeam);
    }

    @Test
    void handedOverPromisesAreHeldByThePartner() {
        CallbackPromise.Open mine = open("P-1", TEAM, S1, "2027-02-05T08:00:00Z");
        CallbackPromise.Open second = open("P-2", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(mine);
        store.add(second);

        store.update(mine, mine.heldBy(S2));

        assertThat(store.unkeptHeldBy(S2)).containsExactly(mine.heldBy(S2));
        assertThat(store.unkeptHeldBy(S1)).containsExactly(second);
        assertThat(store.overdueHeldBy(S2, Instant.parse("2027-03-01T00:00:00Z"))).containsExactly(mine.heldBy(S2));
    }

    @Test
    void ofEightConcurrentUpdatesFromTheSameStateExactlyOneWins() throws Exception {
        CallbackPromise.Open promise = open("P-1", TEAM, S1, "2027-02-04T08:00:00Z");
        store.add(promise);
        int wins = Races.winners(8, i -> {
            CallbackPromise attempt = next(promise.keep(MADE.plusSeconds(i + 1)));
            return () -> store.update(promise, attempt);
        });
        assertThat(wins).isEqualTo(1);
        assertThat(store.find(promise.id())).hasValueSatisfying(p -> assertThat(p).isInstanceOf(CallbackPromise.Kept.class));
    }
}
