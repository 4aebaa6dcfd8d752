package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import fi.hoitomalli.team.StaffId;

/**
 * What the contracts of the two form stores share: a fresh store per test that applies the care model's
 * access policy over {@link FormsFixture} on a fixed day, the optional {@link #clear} hook for stores that
 * share state, the fixture days, and the cases of recording and updating: a new record never replaces a
 * stored one ({@link DuplicateRecordException}), and an update is a compare-and-set on the record's revision
 * ({@link ConcurrentUpdateException}). Extend {@link FeedbackReportsContract} or
 * {@link SituationReportsContract}, not this class.
 *
 * @param <S> the store port under test
 * @param <R> the store's record type
 */
public abstract class FormStoreContract<S, R> {

    /** The clock of the access policy: 15 March 2027, no absences. */
    protected static final Clock CLOCK = Clock.fixed(LocalDate.of(2027, 3, 15).atTime(10, 0)
            .atZone(ZoneId.of("Europe/Helsinki")).toInstant(), ZoneId.of("Europe/Helsinki"));
    /** Sees everything. */
    protected static final Actor MANAGEMENT = new Actor.ManagementGroup(FormsFixture.HEAD);

    /** The store under test, new for every test. */
    protected S store;

    FormStoreContract() {
    }

    /** A store that applies the policy; empty once {@link #clear} has run. */
    protected abstract S createStore(AccessPolicy policy);

    /** Removes what earlier tests stored, when stores share state (a database); nothing by default. */
    protected void clear() {
    }

    /** Empties shared state and creates the store of the next test. */
    @BeforeEach
    public final void setUpContract() {
        clear();
        store = createStore(FormsFixture.accessPolicy(Absences.none(), CLOCK));
    }

    /** What the shared cases read of a record. */
    record Facts(String id, TeamId team, SecretaryId recorder, LocalDate date, Optional<CustomerId> customer,
                 Resource.Record resource) {
    }

    /** A sample record numbered {@code n} (its id is the store's prefix and {@code n}). */
    abstract R sample(int n, TeamId team, SecretaryId recorder, LocalDate date, Optional<CustomerId> customer);

    /** The record's facts. */
    abstract Facts facts(R record);

    /** Records the record in {@link #store} as a new one. */
    abstract void put(R record);

    /** Updates the record in {@link #store} from {@code current} to {@code next}. */
    abstract void update(R current, R next);

    /** The stored record with the record's id, as the management group reads it. */
    abstract Optional<R> stored(R record);

    /** Every stored record of March 2027 (the system query). */
    abstract List<R> everyStored();

    /**
     * The first lifecycle step of a freshly recorded sample (a response, a review), dated inside March;
     * variants differ in their text.
     */
    abstract R successor(R recorded, int variant);

    /** The record without its free text (AX-2). */
    abstract R withoutText(R record);

    /** Whether {@link #store} finds the record by its id for the actor. */
    abstract boolean found(Actor actor, R record);

    // --- recording and updating -------------------------------------------------------------------------

    @Test
    public void recordingAnExistingIdFailsAndTheFirstRecordReadsBackUnchanged() {
        R first = siviSample(1, 2);
        R sameId = sample(1, FormsFixture.SOTE_TEAM, FormsFixture.secretary(5), day(3),
                Optional.of(FormsFixture.SUPERVISOR_SOTE));
        put(first);

        assertThatThrownBy(() -> put(sameId)).isInstanceOfSatisfying(DuplicateRecordException.class,
                e -> assertThat(e.id()).isEqualTo(facts(first).id()));
        assertThatThrownBy(() -> put(successor(first, 0))).isInstanceOf(DuplicateRecordException.class);
        assertThat(stored(first)).contains(first);
        assertThat(everyStored()).containsExactly(first);
    }

    @Test
    public void anUpdateReplacesTheStateItWasBasedOn() {
        R first = siviSample(1, 2);
        put(first);
        R next = successor(first, 0);

        update(first, next);
        assertThat(stored(first)).contains(next);
        update(next, withoutText(next));
        assertThat(stored(first)).contains(withoutText(next));
        assertThat(everyStored()).containsExactly(withoutText(next));
    }

    @Test
    public void ofEightConcurrentUpdatesFromOneStateExactlyOneWins() throws Exception {
        R first = siviSample(1, 2);
        put(first);
        List<R> nexts = IntStream.range(0, 8).mapToObj(i -> successor(first, i)).toList();

        int wins = Races.winners(nexts.size(), i -> () -> update(first, nexts.get(i)));

        assertThat(wins).isEqualTo(1);
        assertThat(nexts).contains(stored(first).orElseThrow());
    }

    @Test
    public void anUpdateFromAStaleStateFailsAndChangesNothing() {
        R first = siviSample(1, 2);
        put(first);
        R next = successor(first, 0);
        update(first, next);

        assertThatThrownBy(() -> update(first, successor(first, 1))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(first)).contains(next);

        // anonymised meanwhile (the retention job): a step based on the state with text must not bring it back
        R other = siviSample(2, 3);
        put(other);
        update(other, withoutText(other));
        assertThatThrownBy(() -> update(other, successor(other, 0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stored(other)).contains(withoutText(other));
    }

    @Test
    public void anUpdateToNoLaterStateOrOfNothingStoredIsAProgrammingErrorAndChangesNothing() {
        R first = siviSample(1, 2);
        R other = siviSample(2, 2);

        assertThatThrownBy(() -> update(first, successor(first, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(first)).isEmpty();
        put(first);
        assertThatThrownBy(() -> update(first, first)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> update(first, successor(other, 0))).isInstanceOf(IllegalArgumentException.class);
        R blank = withoutText(first);
        update(first, blank);
        assertThatThrownBy(() -> update(blank, successor(first, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> update(blank, first)).isInstanceOf(IllegalArgumentException.class);
        assertThat(everyStored()).containsExactly(blank);
    }

    /** Sample {@code n} of the SIVI team, recorded by secretary 1 on March {@code dayOfMonth}, of no customer. */
    private R siviSample(int n, int dayOfMonth) {
        return sample(n, FormsFixture.SIVI_TEAM, FormsFixture.secretary(1), day(dayOfMonth), Optional.empty());
    }

    /** A check of the store under one variant of the policy. */
    @FunctionalInterface
    interface VariantCheck<R> {
        void check(String variant, List<R> all);
    }

    /**
     * Makes {@link #store} a new store under {@code care} (switchable to each of its {@link #variants}), stores
     * {@link #everyTeamAndPot()} in it and runs the check once per variant; returns the records stored.
     */
    final List<R> underEveryVariant(AccessPolicy care, VariantCheck<R> check) {
        SwitchingPolicy policy = new SwitchingPolicy(care);
        store = createStore(policy);
        List<R> all = everyTeamAndPot();
        List<AccessPolicy> variants = variants(care);
        for (int v = 0; v < variants.size(); v++) {
            policy.use(variants.get(v));
            check.check("variant " + v, all);
        }
        return all;
    }

    /** The records of {@code all} the policy lets the actor read, in the given order. */
    final List<R> allowed(AccessPolicy policy, Actor actor, List<R> all) {
        return all.stream().filter(r -> policy.mayRead(actor, facts(r).resource())).toList();
    }

    /** The store finds by id exactly the records of {@code all} that are in {@code expected}. */
    final void assertFindsExactly(Actor actor, List<R> all, List<R> expected, String variant) {
        for (R r : all) {
            assertThat(found(actor, r)).as("%s, %s", variant, facts(r).id()).isEqualTo(expected.contains(r));
        }
    }

    /** The oracle of the AX-1 cases is not trivial: only the three members of the management group read all. */
    final void assertOnlyTheManagementGroupReadsEverything(AccessPolicy policy, List<R> all) {
        assertThat(everyActor().stream().filter(a -> allowed(policy, a, all).size() == all.size())).hasSize(3);
    }

    /**
     * Records of both teams, stored: every secretary records one about each fixture customer and one about
     * nobody, on days 1–20 of March; returned in date and id order.
     */
    final List<R> everyTeamAndPot() {
        List<R> all = new ArrayList<>();
        List<Optional<CustomerId>> about = new ArrayList<>();
        FormsFixture.customers().forEach(c -> about.add(Optional.of(c)));
        about.add(Optional.empty());
        int n = 0;
        for (TeamId team : FormsFixture.teams()) {
            for (SecretaryId recorder : FormsFixture.membersOf(team)) {
                for (Optional<CustomerId> customer : about) {
                    n++;
                    all.add(sample(n, team, recorder, day(1 + n % 20), customer));
                }
            }
        }
        all.forEach(this::put);
        return all.stream().sorted(Comparator.comparing((R r) -> facts(r).date()).thenComparing(r -> facts(r).id()))
                .toList();
    }

    /**
     * What {@code S-2} reads of {@code all} while she substitutes {@code S-1} (AX-1, {@link #whileS1IsAway}):
     * what either of them recorded, and what anybody recorded about S-1's customer {@code C-SUP-1}.
     */
    final List<R> readBySubstitute(List<R> all) {
        List<R> expected = all.stream().filter(r -> facts(r).recorder().equals(FormsFixture.secretary(1))
                || facts(r).recorder().equals(FormsFixture.secretary(2))
                || facts(r).customer().equals(Optional.of(FormsFixture.SUPERVISOR_SIVI))).toList();
        assertThat(expected).hasSize(16);
        return expected;
    }

    /** The records of one team, in the given order. */
    final List<R> ofTeam(List<R> records, TeamId team) {
        return records.stream().filter(r -> facts(r).team().equals(team)).toList();
    }

    /** A day of March 2027, the fixture's month. */
    static LocalDate day(int dayOfMonth) {
        return LocalDate.of(2027, 3, dayOfMonth);
    }

    /**
     * The care model's policy on the fixture's day while {@code S-1} is on a long absence, so that her
     * substitute partner {@code S-2} reads her pot (AX-1).
     */
    static AccessPolicy whileS1IsAway() {
        return FormsFixture.accessPolicy(Absences.of(List.of(new Absence(FormsFixture.secretary(1), day(15),
                day(19), AbsenceKind.ANNUAL_LEAVE))), CLOCK);
    }

    /**
     * The variants of a policy a store must answer alike: the policy itself (with its read scope), the
     * policy with only its decisions (read scope {@code Unknown}, as a custom policy has), and the policy
     * with a read scope wider than its decisions (everything), which a store must not trust alone.
     */
    static List<AccessPolicy> variants(AccessPolicy policy) {
        AccessPolicy decisionsOnly = policy::decide;
        AccessPolicy wideScope = new AccessPolicy() {
            @Override
            public AccessDecision decide(Actor actor, Resource resource) {
                return policy.decide(actor, resource);
            }

            @Override
            public ReadScope readScope(Actor actor, RecordKind kind) {
                return ReadScope.everything();
            }
        };
        return List.of(policy, decisionsOnly, wideScope);
    }

    /** Every kind of actor of the fixture, known and unknown. */
    static List<Actor> everyActor() {
        List<Actor> actors = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            actors.add(new Actor.Secretary(FormsFixture.secretary(n)));
        }
        for (StaffId staff : List.of(FormsFixture.SIVI_LEAD, FormsFixture.SOTE_LEAD, FormsFixture.HEAD,
                FormsFixture.LAWYER)) {
            actors.add(new Actor.TeamLead(staff));
            actors.add(new Actor.ManagementGroup(staff));
        }
        actors.add(new Actor.SectorHrUnit(FormsFixture.SIVI));
        FormsFixture.customers().forEach(c -> actors.add(new Actor.Supervisor(c)));
        return actors;
    }

    /** A policy a test switches between variants, so that one store (one table) is read under each. */
    static final class SwitchingPolicy implements AccessPolicy {
        private final AtomicReference<AccessPolicy> current;

        SwitchingPolicy(AccessPolicy first) {
            current = new AtomicReference<>(first);
        }

        void use(AccessPolicy policy) {
            current.set(policy);
        }

        @Override
        public AccessDecision decide(Actor actor, Resource resource) {
            return current.get().decide(actor, resource);
        }

        @Override
        public ReadScope readScope(Actor actor, RecordKind kind) {
            return current.get().readScope(actor, kind);
        }
    }
}
