package fi.hoitomalli.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.calendar.Absences;

/**
 * What the contracts of the two form stores share: a fresh store per test that applies the care model's
 * access policy over {@link FormsFixture} on a fixed day, the optional {@link #clear} hook for stores that
 * share state, and the fixture days. Extend {@link FeedbackReportsContract} or
 * {@link SituationReportsContract}, not this class.
 *
 * @param <S> the store port under test
 */
public abstract class FormStoreContract<S> {

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

    /** A day of March 2027, the fixture's month. */
    static LocalDate day(int dayOfMonth) {
        return LocalDate.of(2027, 3, dayOfMonth);
    }
}
