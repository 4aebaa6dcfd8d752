package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How often an activity happens per year (rytmi), e.g. 3–4 account team meetings. The planner places
 * {@code max} occurrences; {@code min} is what the care model requires.
 *
 * @param min the fewest that meet the cadence, 0 ≤ min ≤ max
 * @param max the number planned, at least 1
 */
public record Cadence(int min, int max) {
    public Cadence {
        checkArgument(min >= 0 && min <= max, "cadence needs 0 ≤ min ≤ max: %s–%s", min, max);
        checkArgument(max >= 1, "a cadence plans at least one occurrence: %s", max);
    }

    /** Exactly {@code n} a year. */
    public static Cadence exactly(int n) {
        return new Cadence(n, n);
    }

    /** {@code "3–4"}, or {@code "2"} when min and max are equal. */
    public String describe() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
