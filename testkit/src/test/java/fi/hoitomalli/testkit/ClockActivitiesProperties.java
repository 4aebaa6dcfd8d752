package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.clock.ActivityKey;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.common.ConcurrentUpdateException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The annual clock's activity store against a plain model: after any sequence of marks, each based on the
 * current version or a stale or future one, a mark succeeds exactly when its version is the stored one,
 * the stored activity is the latest successful mark, and the queries and compliance records agree with it.
 */
class ClockActivitiesProperties {

    @Property(tries = 60)
    void marksSucceedExactlyOnTheStoredVersionAndTheLatestIsKept(@ForAll("clocks") AnnualClock clock,
            @ForAll("scopes") ClockScope scope, @ForAll("steps") List<Tuple3<Integer, Integer, ActivityMark>> steps) {
        ClockActivities store = new InMemoryClockActivities();
        store.plan(scope, clock);
        Map<ActivityKey, ClockActivity> model = new LinkedHashMap<>();
        ClockActivity.plannedFrom(scope, clock).forEach(a -> model.put(a.key(), a));
        List<ActivityKey> keys = List.copyOf(model.keySet());

        for (Tuple3<Integer, Integer, ActivityMark> step : steps) {
            ActivityKey key = keys.get(step.get1() % keys.size());
            ClockActivity current = model.get(key);
            long based = current.version() + step.get2();
            if (step.get2() == 0) {
                ClockActivity next = store.mark(key, based, step.get3());
                assertThat(next).isEqualTo(current.marked(step.get3()));
                model.put(key, next);
            } else {
                assertThatThrownBy(() -> store.mark(key, based, step.get3()))
                        .isInstanceOf(ConcurrentUpdateException.class);
            }
        }

        List<ClockActivity> expected = model.values().stream().sorted(ClockActivity.ORDER).toList();
        assertThat(store.ofYear(scope, clock.year())).containsExactlyElementsOf(expected);
        assertThat(store.records(scope, clock.year()))
                .containsExactlyElementsOf(expected.stream().map(ClockActivity::record).toList());
        LocalDate first = clock.year().atDay(1);
        LocalDate last = clock.year().atMonth(12).atEndOfMonth();
        for (ActivityStatus status : ActivityStatus.values()) {
            assertThat(store.inStatus(scope, status, first, last))
                    .containsExactlyElementsOf(expected.stream().filter(a -> a.status() == status).toList());
        }
    }

    @Provide
    Arbitrary<AnnualClock> clocks() {
        return ClockArbitraries.annualClocks().filter(c -> !c.occurrences().isEmpty());
    }

    @Provide
    Arbitrary<ClockScope> scopes() {
        return ClockArbitraries.clockScopes();
    }

    @Provide
    Arbitrary<List<Tuple3<Integer, Integer, ActivityMark>>> steps() {
        return ClockArbitraries.markSteps(25);
    }
}
