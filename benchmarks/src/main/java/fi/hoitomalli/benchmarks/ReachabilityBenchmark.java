package fi.hoitomalli.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.phone.Answerer;
import fi.hoitomalli.phone.DatedWindow;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ReachabilityIndex;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * JMH: one "who answers customer C at instant T?" query on {@link ReachabilityIndex} against a bare
 * {@code HashMap.get} on the same customer keys, in the same run; on the Vantaa reference (six teams, 41
 * secretaries, 12,000 customers) and on 1,000,000 customers (300 teams, ~3,000 secretaries), plans for
 * 2025.
 *
 * <p>{@code kind} selects the queries: {@code mixed} is random customers at random instants of the year (a
 * mix of every answer); the others are queries whose answer is of one kind, found at set-up and checked
 * against the index: {@code own} (the own secretary answers), {@code partner} (the partner covers a long
 * absence), {@code teamLead} (both of a pair away), {@code voicemail} (an open day outside the window, with
 * the next window), {@code closed} (weekend or holiday, with the next opening), {@code unknown} (ids not in
 * the directory), {@code employee} (employees only, random instants: every answer carries the hint) and
 * {@code supervisor} (supervisors only, no hint). The {@code HashMap} baseline looks up exactly the same key
 * objects in the same order. 65,536 (key, instant) pairs per trial, visited in a pre-shuffled order so
 * neither side enjoys a sequential pattern.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=ReachabilityBenchmark}; JMH options (e.g.
 * {@code -p kind=own -f 3}) in the environment variable {@code REACH_BENCH_ARGS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReachabilityBenchmark {

    private static final int MASK = (1 << 16) - 1;
    private static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");

    @Param({"vantaa", "million"})
    public String size;

    @Param({"mixed", "own", "partner", "teamLead", "voicemail", "closed", "unknown", "employee", "supervisor"})
    public String kind;

    private ReachabilityIndex index;
    private Map<CustomerId, SecretaryId> map;
    private CustomerId[] keys;
    private Instant[] instants;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        boolean vantaa = size.equals("vantaa");
        List<ServiceTeam> teams = vantaa
                ? PhoneBenchData.teams(PhoneBenchData.VANTAA_SIZES, PhoneBenchData.VANTAA_NAMES)
                : PhoneBenchData.cityOf300();
        PhoneBenchData.City city = PhoneBenchData.city(teams, vantaa ? 12_000 : 1_000_000, 7);
        PhonePolicy policy = PhonePolicy.vantaaDefault();
        List<PhonePlan> plans = PhoneBenchData.plans(teams, policy, 7);
        index = ReachabilityIndex.build(plans, teams, city.pots(), city.directory());
        map = new HashMap<>();
        city.directory().customers().forEach(c -> map.put(c.id(), city.pots().ownerOf(c).orElseThrow()));
        Queries queries = new Queries(city, plans, new SplittableRandom(11));
        keys = new CustomerId[MASK + 1];
        instants = new Instant[MASK + 1];
        long[] seconds = new long[MASK + 1];
        for (int i = 0; i <= MASK; i++) {
            queries.next(kind, i);
            keys[i] = queries.key;
            seconds[i] = queries.at.getEpochSecond();
        }
        // A caller asks with a fresh instant (clock.instant()); allocated here in visiting order, reading one
        // costs what reading a fresh one costs, not a cache miss that the HashMap side does not pay.
        for (int i = 0; i <= MASK; i++) {
            instants[i] = Instant.ofEpochSecond(seconds[i]);
        }
        // Both sides run in their own forks: a full collection compacts the heap the same way for both, so
        // that neither gets a luckier layout of the directory's ids (at 1,000,000 customers that alone moved the
        // HashMap baseline by 3x between forks).
        queries = null;
        System.gc();
        System.gc();
        System.out.printf("%n%s/%s: %,d customers, layout %s%n", size, kind, index.customers(), index.layout());
    }

    @Benchmark
    public Reachability whoAnswers() {
        int i = next++ & MASK;
        return index.whoAnswers(keys[i], instants[i]);
    }

    @Benchmark
    public SecretaryId hashMapGet() {
        int i = next++ & MASK;
        return map.get(keys[i]);
    }

    /** Draws (key, instant) pairs of one answer kind and checks each against the index. */
    private final class Queries {
        final PhoneBenchData.City city;
        final SplittableRandom random;
        final List<Customer> all;
        final List<Customer> employees = new ArrayList<>();
        final List<Customer> supervisors = new ArrayList<>();
        final Map<SecretaryId, List<DatedWindow>> windowsOf = new HashMap<>();
        final ZoneId zone;
        CustomerId key;
        Instant at;

        Queries(PhoneBenchData.City city, List<PhonePlan> plans, SplittableRandom random) {
            this.city = city;
            this.random = random;
            this.all = city.directory().customers();
            for (Customer c : all) {
                (c.role() == Role.EMPLOYEE ? employees : supervisors).add(c);
            }
            for (PhonePlan plan : plans) {
                for (DatedWindow w : plan.windows()) {
                    windowsOf.computeIfAbsent(w.owner(), s -> new ArrayList<>()).add(w);
                }
            }
            this.zone = plans.get(0).zone();
        }

        void next(String kind, int i) {
            switch (kind) {
                case "mixed" -> randomQuery(all, r -> true);
                case "employee" -> randomQuery(employees, r -> r.employeeHint().isPresent());
                case "supervisor" -> randomQuery(supervisors, r -> r.employeeHint().isEmpty());
                case "own" -> inWindow(Answerer.Own.class);
                case "partner" -> inWindow(Answerer.Partner.class);
                case "teamLead" -> inWindow(Answerer.TeamLead.class);
                case "voicemail" -> randomQuery(all, r -> r instanceof Reachability.Voicemail v && v.next().isPresent());
                case "closed" -> randomQuery(all, r -> r instanceof Reachability.Closed c && c.nextOpening().isPresent());
                case "unknown" -> {
                    key = new CustomerId("UNKNOWN-" + i);
                    at = randomInstant();
                    check(r -> r instanceof Reachability.UnknownCustomer);
                }
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            }
        }

        private Instant randomInstant() {
            return YEAR.plusSeconds(random.nextLong(364L * 86_400));
        }

        private void randomQuery(List<Customer> from, Predicate<Reachability> wanted) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                key = from.get(random.nextInt(from.size())).id();
                at = randomInstant();
                if (wanted.test(index.whoAnswers(key, at))) {
                    return;
                }
            }
            throw new IllegalStateException("no query of kind " + kind);
        }

        private void inWindow(Class<? extends Answerer> answerer) {
            for (int attempt = 0; attempt < 100_000; attempt++) {
                Customer c = all.get(random.nextInt(all.size()));
                List<DatedWindow> candidates = windowsOf.getOrDefault(city.pots().ownerOf(c).orElseThrow(), List.of())
                        .stream().filter(w -> answerer.isInstance(w.answeredBy())).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                DatedWindow w = candidates.get(random.nextInt(candidates.size()));
                long start = w.startIn(zone).toEpochSecond();
                key = c.id();
                at = Instant.ofEpochSecond(start + random.nextLong(w.endIn(zone).toEpochSecond() - start));
                check(r -> r instanceof Reachability.Answered a && answerer.isInstance(a.answerer()));
                return;
            }
            throw new IllegalStateException("no query of kind " + kind);
        }

        private void check(Predicate<Reachability> wanted) {
            Reachability r = index.whoAnswers(key, at);
            if (!wanted.test(r)) {
                throw new IllegalStateException("query of kind " + kind + " answered " + r);
            }
        }
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        String extra = System.getenv().getOrDefault("REACH_BENCH_ARGS", "");
        String[] all = extra.isBlank() ? args : extra.trim().split("\\s+");
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(all))
                .include(ReachabilityBenchmark.class.getSimpleName()).addProfiler(CpuTimeProfiler.class).build()).run();
    }
}
