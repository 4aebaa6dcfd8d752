package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.CustomerSnapshots;

/**
 * The suite can fail: a store that silently drops what it cannot handle, or one that throws an
 * undocumented exception, fails its check with the seed to replay and the values escaped; a check that
 * never refuses proves nothing and fails too.
 */
class HostileInputContractSelfTest {

    private static final List<Long> SEEDS = HostileRun.seeds(null, HostileInputContract.DEFAULT_FIRST_SEED, 200);

    /** Keeps the latest snapshot, but silently ignores a save whose label is not plain ASCII. */
    private static class AsciiOnlySnapshots implements CustomerSnapshots {
        private final CustomerSnapshots delegate = new InMemoryCustomerSnapshots();

        @Override
        public void save(CustomerSnapshot snapshot) {
            if (snapshot.label().chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                delegate.save(snapshot);
            }
        }

        @Override
        public Optional<CustomerSnapshot> latest() {
            return delegate.latest();
        }
    }

    @Test
    void aStoreThatLosesASaveFailsWithTheSeedToReplayAndTheValuesEscaped() {
        assertThatThrownBy(() -> HostileRun.run("snapshots", SEEDS,
                new HostileStoreChecks.Snapshots(new AsciiOnlySnapshots())::run))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed")
                .hasMessageMatching("(?s).*replay: -Dhoitomalli\\.hostile\\.seed=\\d+.*")
                .hasMessageMatching("(?s).*label = \"[^\n]*\\\\u[0-9A-F]{4}.*");
    }

    @Test
    void aStoreThatThrowsAnUndocumentedExceptionFails() {
        CustomerSnapshots failing = new AsciiOnlySnapshots() {
            @Override
            public void save(CustomerSnapshot snapshot) {
                throw new IllegalStateException("storage failure");
            }
        };
        assertThatThrownBy(() -> HostileRun.run("snapshots", SEEDS, new HostileStoreChecks.Snapshots(failing)::run))
                .isInstanceOf(AssertionError.class).hasMessageContaining("IllegalStateException: storage failure");
    }

    @Test
    void aCheckThatNeverRefusesProvesNothing() {
        assertThatThrownBy(() -> HostileRun.run("always", SEEDS, draw -> {
            draw.name("name");
            return HostileRun.Outcome.accepted("accepted");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("proves nothing");
    }

    @Test
    void oneSeedReplaysAloneAndIsNotHeldToTheCounts() {
        List<Long> replay = HostileRun.seeds(15_023L, HostileInputContract.DEFAULT_FIRST_SEED, 300);
        assertThat(replay).containsExactly(15_023L);
        assertThatNoException().isThrownBy(() -> HostileRun.run("one", replay,
                draw -> HostileRun.Outcome.accepted("accepted")));
    }
}
