package fi.hoitomalli.benchmarks;

import fi.hoitomalli.benchmarks.peers.CpSatPeer;
import fi.hoitomalli.benchmarks.peers.LibraryScorer;
import fi.hoitomalli.benchmarks.peers.OursPeer;
import fi.hoitomalli.benchmarks.peers.Peer;
import fi.hoitomalli.benchmarks.peers.PlanScorer;
import fi.hoitomalli.benchmarks.peers.TimefoldPeer;

import java.util.ArrayList;
import java.util.List;

/** The solvers {@link PeerBenchmark} can run, by name, and the scorer it uses. */
final class PeerSet {

    static final List<String> NAMES = List.of("ours", "timefold", "timefold-tuned", "cpsat", "cpsat-mw", "cpsat-team");

    private PeerSet() {
    }

    static List<Peer> peers(List<String> names, int workers) {
        List<Peer> out = new ArrayList<>();
        for (String name : names) {
            out.add(switch (name.trim()) {
                case "ours" -> new OursPeer();
                case "timefold" -> new TimefoldPeer(false);
                case "timefold-tuned" -> new TimefoldPeer(true);
                case "cpsat" -> new CpSatPeer(1);
                case "cpsat-mw" -> new CpSatPeer(workers);
                case "cpsat-team" -> new CpSatPeer(1, true, false);
                default -> throw new IllegalArgumentException("unknown solver " + name + "; known: " + NAMES);
            });
        }
        return out;
    }

    static PlanScorer scorer() {
        return new LibraryScorer();
    }

    static String timefoldVersion() {
        String v = ai.timefold.solver.core.api.solver.SolverFactory.class.getPackage().getImplementationVersion();
        return v == null ? "1.28.0" : v;
    }

    static String ortoolsVersion() {
        return com.google.ortools.Loader.class.getPackage().getImplementationVersion() == null ? "9.14.6206"
                : com.google.ortools.Loader.class.getPackage().getImplementationVersion();
    }
}
