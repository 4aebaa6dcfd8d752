package fi.hoitomalli.benchmarks;

import fi.hoitomalli.benchmarks.peers.CpSatPeer;
import fi.hoitomalli.benchmarks.peers.InstanceGenerator;
import fi.hoitomalli.benchmarks.peers.LibraryMapping;
import fi.hoitomalli.benchmarks.peers.OursPeer;
import fi.hoitomalli.benchmarks.peers.Peer;
import fi.hoitomalli.benchmarks.peers.PeerInstance;
import fi.hoitomalli.benchmarks.peers.PeerRun;
import fi.hoitomalli.benchmarks.peers.PlanScorer;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.team.ServiceTeam;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The slow pattern of the phone scheduler on its own: one team of 12 secretaries (6 substitute pairs), {@code minOnPhone}
 * 2, 2 h windows on a 30 min grid, a start per weekday, with a 10 h Tuesday (08–18) or 12 h days (07–19),
 * votes peaked / bimodal / flat, several seeds; plus the teams of the standard 10- and 30-team instances
 * with {@code minOnPhone} 2, each as a one-team instance. Our scheduler and OR-Tools CP-SAT (1 and
 * {@code --workers} workers) solve each; times are the same wall times as in {@link PeerBenchmark}
 * (model building included, to the proof of the votes' optimum). Plain main, run on demand:
 * {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=HardUnitBenchmark}; options in
 * {@code HARD_BENCH_ARGS}: {@code --seeds 1,2,3 --profiles peaked,bimodal,flat --days 10hTue,12h --size 12
 * --m 2 --peers ours,cpsat,cpsat-mw --workers 8 --limit 20 --runs 11 --standard true} (ours: the median of
 * {@code --runs} timings of what {@link OursPeer} times as "proven", at µs resolution, with the median CPU
 * time of {@code schedule()}; CP-SAT: its "proven" time of one run).
 */
public final class HardUnitBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HardUnitBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) {
        Map<String, String> opt = BenchOptions.parse(args, "HARD_BENCH_ARGS");
        List<Integer> seeds = BenchOptions.ints(opt.getOrDefault("seeds", "1,2,3"));
        List<String> profiles = List.of(opt.getOrDefault("profiles", "peaked,bimodal,flat").split(","));
        List<String> days = List.of(opt.getOrDefault("days", "10hTue,12h").split(","));
        int size = Integer.parseInt(opt.getOrDefault("size", "12"));
        int m = Integer.parseInt(opt.getOrDefault("m", "2"));
        int workers = Integer.parseInt(opt.getOrDefault("workers", "8"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "11"));
        Duration limit = Duration.ofSeconds(Long.parseLong(opt.getOrDefault("limit", "20")));
        List<String> names = List.of(opt.getOrDefault("peers", "ours,cpsat,cpsat-mw").split(","));
        boolean standard = Boolean.parseBoolean(opt.getOrDefault("standard", "true"));

        List<PeerInstance> instances = new ArrayList<>();
        for (String d : days) {
            for (String profile : profiles) {
                for (int seed : seeds) {
                    instances.add(InstanceGenerator.hardTeam(size, m, d.equals("12h"), profile, seed));
                }
            }
        }
        if (standard) {
            for (int seed : List.of(1, 2)) {
                for (PeerInstance full : InstanceGenerator.standardSet(seed, List.of(10, 30))) {
                    if (!full.designedFeasible()) {
                        continue;
                    }
                    for (PeerInstance.Team team : full.teams()) {
                        if (team.policy().minOnPhone() >= 2) {
                            instances.add(new PeerInstance(full.name() + "/" + team.id(), full.seed(), 1,
                                    full.horizon(), full.profile(), full.from(), full.to(), full.holidays(),
                                    full.payrollDays(), List.of(team), true, "one team of " + full.name()));
                        }
                    }
                }
            }
        }
        List<Peer> peers = new ArrayList<>();
        for (String n : names) {
            peers.add(switch (n.trim()) {
                case "ours" -> new OursPeer();
                case "cpsat" -> new CpSatPeer(1);
                case "cpsat-mw" -> new CpSatPeer(workers);
                default -> throw new IllegalArgumentException("unknown solver " + n);
            });
        }
        // JIT warm-up, not reported: every solver for the same 3 s on another hard team.
        PeerInstance warm = InstanceGenerator.hardTeam(12, 2, false, "bimodal", 99);
        for (Peer peer : peers) {
            long t0 = System.nanoTime();
            do {
                peer.solve(warm, 99, Duration.ofSeconds(2));
            } while (System.nanoTime() - t0 < 3_000_000_000L);
        }
        PlanScorer scorer = PeerSet.scorer();
        StringBuilder md = new StringBuilder();
        md.append("| instance | secretaries | solver | status | objective | proven (ours: median of " + runs
                + " runs) | ours: search nodes (CPU in schedule()) | CP-SAT ÷ ours |\n");
        md.append("|---|---:|---|---|---:|---:|---:|---:|\n");
        for (PeerInstance instance : instances) {
            double ourMillis = -1;
            for (Peer peer : peers) {
                boolean ours = peer instanceof OursPeer;
                int times = ours ? runs : 1;
                double[] proven = new double[times];
                PeerRun run = null;
                for (int r = 0; r < times; r++) {
                    run = peer.solve(instance, 1, limit);
                    proven[r] = ours ? oursProvenMillis(instance) : run.provenMillis();
                }
                Arrays.sort(proven);
                double median = proven[times / 2];
                PlanScorer.Score score = scorer.score(instance, run.plan());
                String states = "";
                if (ours) {
                    ourMillis = median;
                    PeerInstance.Team team = instance.teams().get(0);
                    ServiceTeam t = LibraryMapping.team(team);
                    PhonePolicy p = LibraryMapping.policy(team);
                    Votes v = LibraryMapping.votes(team);
                    long[] cpu = new long[runs];
                    ScheduleResult result = null;
                    for (int r = 0; r < runs; r++) {
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        result = PhoneScheduler.standard().schedule(t, p, v);
                        cpu[r] = THREADS.getCurrentThreadCpuTime() - c0;
                    }
                    Arrays.sort(cpu);
                    if (result instanceof ScheduleResult.Scheduled s) {
                        states = s.proof().statesExplored() + String.format(" (schedule() CPU %.2f ms)", cpu[runs / 2] / 1e6);
                    }
                }
                String ratio = !ours && median >= 0 && ourMillis > 0 && run.status().equals("OPTIMAL")
                        ? String.format("%.0f×", median / ourMillis) : ours ? "" : "–";
                String line = String.format("| %s | %d | %s | %s | %s | %s | %s | %s |%n", instance.name(),
                        instance.secretaries(), run.solver(), run.status(),
                        score.hard() == 0 ? Long.toString(score.objective()) : score.objective() + " (hard " + score.hard() + ")",
                        median < 0 ? "–" : ours ? String.format("%.1f ms", median) : String.format("%.0f ms", median),
                        states, ratio);
                md.append(line);
                System.out.print(line);
            }
        }
        System.out.println();
        System.out.println(md);
    }

    /**
     * What {@link OursPeer} times as "proven", in µs resolution: the team in the library's types and
     * scheduled with its proof.
     */
    private static double oursProvenMillis(PeerInstance instance) {
        long t0 = System.nanoTime();
        for (PeerInstance.Team team : instance.teams()) {
            PhoneScheduler.standard().schedule(LibraryMapping.team(team), LibraryMapping.policy(team),
                    LibraryMapping.votes(team));
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
