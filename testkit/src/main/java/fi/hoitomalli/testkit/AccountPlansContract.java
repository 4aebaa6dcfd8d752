package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.ActionStatus;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link AccountPlans} port as tests: extend it with a factory for an empty store
 * (the in-memory fake and every adapter do). Covers storage of every field, history order, optimistic
 * concurrency (a stale save fails and loses nothing; of eight threads saving on the same version, or the
 * first version of one plan, exactly one wins and every other gets {@link ConcurrentUpdateException}; saves
 * of different plans at once all win) and the per-year listing.
 */
public abstract class AccountPlansContract {

    private static final Year YEAR = Year.of(2027);
    private static final SectorId SIVI = new SectorId("SIVI");
    private static final Instant T0 = Instant.parse("2027-01-15T08:00:00Z");

    /** A new, empty store; called once per test. */
    protected abstract AccountPlans emptyStore();

    private static AccountPlanVersion version(AccountPlan plan, long number, String author, String reason) {
        return new AccountPlanVersion(plan, number, author, T0.plusSeconds(60 * number), reason);
    }

    @Test
    void storesEveryFieldOfAFullPlan() {
        AccountPlans store = emptyStore();
        AccountPlan plan = SamplePlans.sivistystoimi2027();
        AccountPlanVersion first = version(plan, 1, "unit head", "written by the management group");
        store.save(first);
        assertThat(store.current(SIVI, YEAR)).contains(first);
        assertThat(store.history(SIVI, YEAR)).containsExactly(first);
    }

    @Test
    void historyKeepsEveryVersionOldestFirst() {
        AccountPlans store = emptyStore();
        AccountPlan plan = SamplePlans.sivistystoimi2027();
        AccountPlanVersion v1 = version(plan, 1, "head", "created");
        AccountPlan changed = plan.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.IN_PROGRESS);
        AccountPlanVersion v2 = version(changed, 2, "lead", "updated in the account team meeting of 12 March");
        AccountPlanVersion v3 = version(changed.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DONE), 3,
                "lead", "done");
        store.save(v1);
        store.save(v2);
        store.save(v3);
        assertThat(store.history(SIVI, YEAR)).containsExactly(v1, v2, v3);
        assertThat(store.current(SIVI, YEAR)).contains(v3);
    }

    @Test
    void staleSaveFailsAndNothingIsLost() {
        AccountPlans store = emptyStore();
        AccountPlan plan = SamplePlans.sivistystoimi2027();
        store.save(version(plan, 1, "head", "created"));
        AccountPlanVersion mine = version(plan.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DONE), 2,
                "lead A", "mine");
        AccountPlanVersion theirs = version(plan.withActionStatus(SamplePlans.FIRST_ACTION, ActionStatus.DROPPED), 2,
                "lead B", "theirs");
        store.save(mine);
        assertThatThrownBy(() -> store.save(theirs)).isInstanceOf(ConcurrentUpdateException.class)
                .satisfies(e -> assertThat(((ConcurrentUpdateException) e).expectedVersion()).isEqualTo(1));
        assertThat(store.current(SIVI, YEAR)).contains(mine);
        assertThat(store.history(SIVI, YEAR)).hasSize(2);
    }

    @Test
    void secondFirstVersionOfTheSamePlanConflicts() {
        AccountPlans store = emptyStore();
        AccountPlanVersion first = version(SamplePlans.sivistystoimi2027(), 1, "head", "created");
        store.save(first);
        assertThatThrownBy(() -> store.save(version(AccountPlan.empty(SIVI, YEAR), 1, "lead", "created too")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.history(SIVI, YEAR)).containsExactly(first);
    }

    @Test
    void skippingAVersionIsAProgrammingError() {
        AccountPlans store = emptyStore();
        assertThatThrownBy(() -> store.save(version(AccountPlan.empty(SIVI, YEAR), 2, "head", "skips")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.current(SIVI, YEAR)).isEmpty();
    }

    @Test
    void sectorsAndYearsHaveSeparateHistories() {
        AccountPlans store = emptyStore();
        SectorId sote = new SectorId("SOTE");
        AccountPlanVersion sivi = version(AccountPlan.empty(SIVI, YEAR), 1, "head", "created");
        AccountPlanVersion soteNow = version(AccountPlan.empty(sote, YEAR), 1, "head", "created");
        AccountPlanVersion siviNext = version(AccountPlan.empty(SIVI, YEAR.plusYears(1)), 1, "head", "created");
        store.save(soteNow);
        store.save(sivi);
        store.save(siviNext);
        assertThat(store.currentOf(YEAR)).containsExactly(sivi, soteNow);
        assertThat(store.currentOf(YEAR.plusYears(1))).containsExactly(siviNext);
        assertThat(store.history(sote, YEAR.plusYears(1))).isEmpty();
        assertThat(store.current(new SectorId("TILA"), YEAR)).isEmpty();
    }

    @Test
    void ofEightConcurrentSavesOnTheSameVersionExactlyOneWins() throws Exception {
        AccountPlans store = emptyStore();
        AccountPlan plan = SamplePlans.sivistystoimi2027();
        store.save(version(plan, 1, "head", "created"));
        int wins = Races.winners(8, i -> {
            AccountPlanVersion attempt = version(plan, 2, "editor " + i, "edit " + i);
            return () -> store.save(attempt);
        });
        assertThat(wins).isEqualTo(1);
        List<AccountPlanVersion> history = store.history(SIVI, YEAR);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).author()).startsWith("editor ");
    }

    @Test
    void ofEightConcurrentFirstVersionsOfOnePlanExactlyOneWins() throws Exception {
        AccountPlans store = emptyStore();
        int wins = Races.winners(8, i -> {
            AccountPlanVersion attempt = version(AccountPlan.empty(SIVI, YEAR), 1, "head " + i, "created " + i);
            return () -> store.save(attempt);
        });
        assertThat(wins).isEqualTo(1);
        assertThat(store.history(SIVI, YEAR)).singleElement().satisfies(v -> assertThat(v.author()).startsWith("head "));
    }

    @Test
    void concurrentSavesOfDifferentPlansAllWin() throws Exception {
        AccountPlans store = emptyStore();
        for (int i = 0; i < 4; i++) {
            store.save(version(AccountPlan.empty(new SectorId("S" + i), YEAR), 1, "head", "created"));
        }
        // four second versions of existing plans and four first versions of new ones, all at once
        int wins = Races.winners(8, i -> {
            AccountPlanVersion attempt = version(AccountPlan.empty(new SectorId("S" + i), YEAR), i < 4 ? 2 : 1,
                    "editor " + i, "edit " + i);
            return () -> store.save(attempt);
        });
        assertThat(wins).isEqualTo(8);
        assertThat(store.currentOf(YEAR)).extracting(AccountPlanVersion::author)
                .containsExactly("editor 0", "editor 1", "editor 2", "editor 3", "editor 4", "editor 5", "editor 6",
                        "editor 7");
    }
}
