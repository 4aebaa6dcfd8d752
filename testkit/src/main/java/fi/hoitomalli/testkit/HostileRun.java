package fi.hoitomalli.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Runs one check of the hostile-input suite over its seeds and keeps the score: how many tries ended
 * accepted (stored, imported, recorded) and how many refused, by outcome; which tries failed, with their
 * seed and values. At the end it prints the counts and fails with the first failures and the seed to
 * replay, or — when it ran more than one seed — when the check never accepted or never refused anything,
 * or accepted only harmless text: such a check proves nothing.
 */
final class HostileRun {

    /** How a try ended: accepted or refused, and a label for the counts (e.g. "refused by the store"). */
    record Outcome(boolean accepted, String label) {

        static Outcome accepted(String label) {
            return new Outcome(true, label);
        }

        static Outcome refused(String label) {
            return new Outcome(false, label);
        }
    }

    /** One try: draws its values and checks what the code under test did with them. */
    @FunctionalInterface
    interface Try {
        Outcome run(HostileDraw draw) throws Exception;
    }

    private static final int LISTED_FAILURES = 3;

    private final String check;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private Throwable firstFailure;
    private int accepted;
    private int refused;
    private int acceptedAwkward;
    private int failed;

    private HostileRun(String check) {
        this.check = check;
    }

    /**
     * Runs the check over the seeds and asserts what the class comment says.
     *
     * @throws AssertionError if a try failed, or the counts show the check proved nothing
     */
    static void run(String check, List<Long> seeds, Try body) {
        HostileRun run = new HostileRun(check);
        for (int i = 0; i < seeds.size(); i++) {
            run.once(new HostileDraw(seeds.get(i), i), body);
        }
        run.report(seeds);
    }

    /** {@code tries} consecutive seeds from {@code first}, or only {@code replay} when given. */
    static List<Long> seeds(Long replay, long first, int tries) {
        if (replay != null) {
            return List.of(replay);
        }
        return LongStream.range(first, first + tries).boxed().toList();
    }

    private void once(HostileDraw draw, Try body) {
        try {
            Outcome outcome = body.run(draw);
            counts.merge(outcome.label(), 1, Integer::sum);
            if (outcome.accepted()) {
                accepted++;
                if (draw.fields().stream().anyMatch(f -> isAwkward(f.value()))) {
                    acceptedAwkward++;
                }
            } else {
                refused++;
            }
        } catch (Exception | AssertionError e) {
            failed++;
            if (firstFailure == null) {
                firstFailure = e;
            }
            if (failures.size() < LISTED_FAILURES) {
                failures.add(e.getClass().getName() + ": " + e.getMessage() + "\n  " + draw.describe()
                        + "\n  replay: -D" + HostileInputContract.SEED_PROPERTY + "=" + draw.seed());
            }
        }
    }

    /** Anything but printable ASCII: a value that could trip an encoding, a column or a parser. */
    private static boolean isAwkward(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '\'');
    }

    private void report(List<Long> seeds) {
        String summary = String.format("hostile input: %s: %d tries (seeds %d..%d): %d accepted (%d with awkward "
                        + "characters), %d refused, %d failed; %s", check, seeds.size(), seeds.get(0),
                seeds.get(seeds.size() - 1), accepted, acceptedAwkward, refused, failed,
                counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        System.out.println(summary);
        if (failed > 0) {
            throw new AssertionError(summary + "\n" + String.join("\n", failures)
                    + (failed > failures.size() ? "\n  … and " + (failed - failures.size()) + " more" : ""),
                    firstFailure);
        }
        if (seeds.size() > 1 && (accepted == 0 || refused == 0 || acceptedAwkward == 0)) {
            throw new AssertionError(summary + "\n  the check must both accept and refuse, and accept awkward "
                    + "characters: otherwise it proves nothing");
        }
    }
}
