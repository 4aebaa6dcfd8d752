package fi.hoitomalli.examples.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.runner.options.OptionsBuilder;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ReachabilityIndex;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * JMH: one "who answers customer C at instant T?" query on {@link ReachabilityIndex} against a bare
 * {@code HashMap.get} on the same customer keys, in the same run; on the Vantaa reference (six teams, 41
 * secretaries, 12,000 customers) and on 1,000,000 customers (300 teams, ~3,000 secretaries), plans for
 * 2025. Keys and instants are visited in a pre-shuffled order so neither side enjoys a sequential
 * pattern. Run: {@code ./mvnw -q -Pbench -pl examples -am package -Dbench=ReachabilityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class ReachabilityBenchmark {

    private static final int MASK = (1 << 16) - 1;

    @Param({"vantaa", "million"})
    public String size;

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
        index = ReachabilityIndex.build(PhoneBenchData.plans(teams, policy, 7), teams, city.pots(), city.directory());
        map = new HashMap<>();
        city.directory().customers().forEach(c -> map.put(c.id(), city.pots().ownerOf(c).orElseThrow()));
        SplittableRandom random = new SplittableRandom(11);
        keys = new CustomerId[MASK + 1];
        instants = new Instant[MASK + 1];
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i <= MASK; i++) {
            keys[i] = city.ids().get(random.nextInt(city.ids().size()));
            instants[i] = start.plusSeconds(random.nextLong(364L * 86_400));
        }
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

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ReachabilityBenchmark.class.getSimpleName()).build()).run();
    }
}
