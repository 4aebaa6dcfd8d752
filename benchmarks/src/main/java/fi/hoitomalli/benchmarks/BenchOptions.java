package fi.hoitomalli.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code --option value} options of the solver benchmarks ({@link PeerBenchmark}, {@link HardUnitBenchmark}).
 * The bench profile passes no program arguments, so the options may also come from an environment variable
 * of each benchmark's own ({@code PEER_BENCH_ARGS}, {@code HARD_BENCH_ARGS}), whitespace-separated, after the
 * program arguments.
 */
final class BenchOptions {

    private BenchOptions() {
    }

    /**
     * The options of {@code args} followed by those in the environment variable {@code envVariable}, by name
     * without the leading {@code --}; a later value of the same option wins, a trailing option without a value
     * is ignored.
     *
     * @throws IllegalArgumentException where a name does not start with {@code --}
     */
    static Map<String, String> parse(String[] args, String envVariable) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(Arrays.asList(args));
        String env = System.getenv(envVariable);
        if (env != null) {
            list.addAll(Arrays.asList(env.trim().split("\\s+")));
        }
        list.removeIf(String::isBlank);
        for (int i = 0; i + 1 < list.size(); i += 2) {
            if (!list.get(i).startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + list.get(i));
            }
            out.put(list.get(i).substring(2), list.get(i + 1));
        }
        return out;
    }

    /** The whole numbers of a comma-separated list such as {@code 1,2,3}. */
    static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).collect(Collectors.toList());
    }
}
