package fi.hoitomalli.benchmarks.peers;

import java.time.Duration;

/** A scheduler run side by side with the others on the same instances. */
public interface Peer {

    /** The label in the results table. */
    String label();

    /**
     * Solves one instance within the time limit.
     *
     * @param seed the solver's random seed, where it has one
     */
    PeerRun solve(PeerInstance instance, long seed, Duration limit);
}
