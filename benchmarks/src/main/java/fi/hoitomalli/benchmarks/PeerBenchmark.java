package fi.hoitomalli.benchmarks;

import fi.hoitomalli.benchmarks.peers.CpSatPeer;
import fi.hoitomalli.benchmarks.peers.InstanceGenerator;
import fi.hoitomalli.benchmarks.peers.InstanceJson;
import fi.hoitomalli.benchmarks.peers.Peer;
import fi.hoitomalli.benchmarks.peers.PeerInstance;
import fi.hoitomalli.benchmarks.peers.PeerRun;
import fi.hoitomalli.benchmarks.peers.PlanScorer;
import fi.hoitomalli.benchmarks.peers.TimefoldPeer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Our phone-hour scheduler side by side with Timefold Solver and OR-Tools CP-SAT on the same
 * generated instances, every answer re-scored by one scorer. Options (all optional, as program arguments
 * or in the environment variable {@code PEER_BENCH_ARGS}): {@code --sizes 10,30,100,300 --seeds 1,2
 * --limit 10 --peers ours,timefold,timefold-tuned,cpsat,cpsat-mw --workers 8 --out benchmarks/target/peers}.
 * Writes the instances as JSON to {@code OUT/instances} and the table to {@code OUT/results.md}.
 */
public final class PeerBenchmark {

    private static final long WARM_UP_MS = 5_000;

    private PeerBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        // Timefold logs every phase at INFO; the table is the output (set before the first logger exists).
        System.setProperty("org.slf4j.simpleLogger.log.ai.timefold", "warn");
        Map<String, String> opt = BenchOptions.parse(args, "PEER_BENCH_ARGS");
        List<Integer> sizes = BenchOptions.ints(opt.getOrDefault("sizes", "10,30,100,300"));
        List<Integer> seeds = BenchOptions.ints(opt.getOrDefault("seeds", "1,2"));
        Duration limit = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("limit", "10")));
        int workers = Integer.parseInt(opt.getOrDefault("workers", "8"));
        // Maven's exec runs in the benchmarks module directory; from the project root the path is benchmarks/...
        String home = Files.isDirectory(Path.of("src/main/java/fi/hoitomalli/benchmarks")) ? "target/peers"
                : "benchmarks/target/peers";
        Path out = Path.of(opt.getOrDefault("out", home));
        List<String> chosen = List.of(opt.getOrDefault("peers", String.join(",", PeerSet.NAMES)).split(","));
        List<Peer> peers = PeerSet.peers(chosen, workers);
        PlanScorer scorer = PeerSet.scorer();

        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (shared), ")
                .append("JDK ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", Timefold Solver ")
                .append(PeerSet.timefoldVersion()).append(", OR-Tools ").append(PeerSet.ortoolsVersion())
                .append(". Time limit ").append(limit.toSeconds()).append(" s per solver per instance; seeds ")
                .append(seeds).append("; scorer: ").append(scorer.name()).append(".\n\n");

        // JIT warm-up, the same wall-clock budget for every solver: a 10-team instance (minOnPhone 1 and 2,
        // long Tuesdays, same start and start per weekday) solved again and again for WARM_UP_MS.
        md.append("JVM warm-up (a 10-team instance, seed 99, solved repeatedly for ").append(WARM_UP_MS)
                .append(" ms per solver, not in the table):");
        PeerInstance warm = InstanceGenerator.generate(10, "month", "flat", 99, InstanceGenerator.Breakage.NONE);
        for (Peer peer : peers) {
            long t0 = System.nanoTime();
            long first = -1;
            int runs = 0;
            do {
                peer.solve(warm, 99, Duration.ofSeconds(2));
                runs++;
                if (first < 0) {
                    first = (System.nanoTime() - t0) / 1_000_000;
                }
            } while ((System.nanoTime() - t0) / 1_000_000 < WARM_UP_MS);
            md.append(String.format(" %s %d runs (first %d ms);", peer.label(), runs, first));
        }
        md.append("\n\n");
        md.append("| instance | secretaries | solver | status | hard | objective | gap to best | first feasible | proven | @1 s | @5 s | @10 s | @30 s | infeasibility explained |\n");
        md.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<String> beats = new ArrayList<>();
        for (int seed : seeds) {
            for (PeerInstance instance : InstanceGenerator.standardSet(seed, sizes)) {
                InstanceJson.write(instance, out.resolve("instances"));
                System.out.printf("%s: %d teams, %d secretaries%n", instance.name(), instance.teams().size(),
                        instance.secretaries());
                List<PeerRun> runs = new ArrayList<>();
                List<PlanScorer.Score> scores = new ArrayList<>();
                for (Peer peer : peers) {
                    PeerRun run = peer.solve(instance, seed, limit);
                    PlanScorer.Score score = scorer.score(instance, run.plan());
                    long crossCheck = PlanScorer.template().score(instance, run.plan()).objective();
                    if (crossCheck != score.objective()) {
                        System.out.printf("  !! %s: %s objective %d, TemplateScorer %d%n", instance.name(),
                                scorer.name(), score.objective(), crossCheck);
                    }
                    runs.add(run);
                    scores.add(score);
                    System.out.printf("  %-40s %-10s hard %d objective %d teams %d/%d in %d ms %s%n", run.solver(),
                            run.status(), score.hard(), score.objective(), score.teamsScheduled(),
                            instance.teams().size(), run.totalMillis(), run.explanation());
                }
                rows(md, instance, runs, scores, beats, limit);
            }
        }
        md.append('\n');
        if (beats.isEmpty()) {
            md.append("No peer beat ours on any instance or metric in this run.\n");
        } else {
            md.append("Where a peer beat ours:\n\n");
            beats.forEach(b -> md.append("- ").append(b).append('\n'));
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
    }

    private static void rows(StringBuilder md, PeerInstance instance, List<PeerRun> runs, List<PlanScorer.Score> scores,
                             List<String> beats, Duration limit) {
        long best = Long.MIN_VALUE;
        boolean bestProven = false;
        for (int i = 0; i < runs.size(); i++) {
            PlanScorer.Score s = scores.get(i);
            if (s.hard() == 0 && s.teamsScheduled() == instance.teams().size()) {
                boolean proven = runs.get(i).status().equals("OPTIMAL");
                if (s.objective() > best || s.objective() == best && proven) {
                    best = s.objective();
                    bestProven = bestProven || proven;
                }
            }
        }
        int ours = -1;
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).solver().startsWith("Hoitomalli")) {
                ours = i;
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            PeerRun r = runs.get(i);
            PlanScorer.Score s = scores.get(i);
            boolean complete = s.teamsScheduled() == instance.teams().size();
            String gap = best == Long.MIN_VALUE || !complete || s.hard() > 0 ? "–"
                    : best == 0 ? "0 %" : String.format("%.2f %%", 100.0 * (best - s.objective()) / best);
            md.append(String.format("| %s | %d | %s | %s | %s | %s | %s%s | %s | %s | %s | %s | %s | %s | %s |%n",
                    instance.name(), instance.secretaries(), r.solver(), r.status(),
                    s.hard() + (s.hard() > 0 ? " (" + s.violations() + ")" : ""),
                    complete ? Long.toString(s.objective()) : s.objective() + " (" + s.teamsScheduled() + "/" + instance.teams().size() + " teams)",
                    gap, i == 0 && bestProven ? " (best proven)" : "",
                    ms(r.firstFeasibleMillis()), ms(r.provenMillis()), at(r, 1000, limit), at(r, 5000, limit), at(r, 10_000, limit), at(r, 30_000, limit),
                    instance.designedFeasible() ? "" : r.explanation()));
            if (ours >= 0 && i != ours) {
                compare(instance, runs.get(ours), scores.get(ours), r, s, beats);
            }
        }
    }

    private static void compare(PeerInstance instance, PeerRun ours, PlanScorer.Score ourScore, PeerRun peer,
                                PlanScorer.Score peerScore, List<String> beats) {
        boolean peerComplete = peerScore.teamsScheduled() == instance.teams().size() && peerScore.hard() == 0;
        boolean ourComplete = ourScore.teamsScheduled() == instance.teams().size() && ourScore.hard() == 0;
        if (peerComplete && (!ourComplete || peerScore.objective() > ourScore.objective())) {
            beats.add(instance.name() + ": " + peer.solver() + " objective " + peerScore.objective() + " > ours "
                    + ourScore.objective());
        }
        if (peer.provenMillis() >= 0 && (ours.provenMillis() < 0 || peer.provenMillis() < ours.provenMillis())) {
            beats.add(instance.name() + ": " + peer.solver() + " proved in " + peer.provenMillis() + " ms, ours "
                    + ms(ours.provenMillis()));
        }
        if (peer.firstFeasibleMillis() >= 0 && (ours.firstFeasibleMillis() < 0 || peer.firstFeasibleMillis() < ours.firstFeasibleMillis())) {
            beats.add(instance.name() + ": " + peer.solver() + " first feasible in " + peer.firstFeasibleMillis()
                    + " ms, ours " + ms(ours.firstFeasibleMillis()));
        }
    }

    private static String ms(long ms) {
        return ms < 0 ? "–" : ms < 10_000 ? ms + " ms" : String.format("%.1f s", ms / 1000.0);
    }

    private static String at(PeerRun run, long millis, Duration limit) {
        if (run.provenMillis() >= 0 && run.provenMillis() <= millis) {
            PeerRun.Point last = run.at(Long.MAX_VALUE);
            return run.status().equals("INFEASIBLE") || last == null ? "infeasible" : last.votes() + " ✓";
        }
        if (millis > run.totalMillis() + 500) {
            return "n/a";
        }
        PeerRun.Point p = run.at(millis);
        if (p == null) {
            return "–";
        }
        return p.hard() > 0 ? p.votes() + " (hard " + p.hard() + ")" : Long.toString(p.votes());
    }
}
