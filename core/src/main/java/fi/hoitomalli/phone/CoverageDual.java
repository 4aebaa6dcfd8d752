package fi.hoitomalli.phone;

import java.util.Arrays;
import java.util.List;

/**
 * The Lagrangian relaxation of PH-4's coverage constraints, the main upper bound of {@link CoverageSearch}.
 *
 * <p>At a search node the groups {@code from … G-1} are still to be placed and slot {@code s} still needs
 * {@code d[s]} more windows (its deficit). For any multipliers {@code λ[s] ≥ 0} (one per slot, in units of
 * {@code 1/scale} vote) the relaxed value
 *
 * <pre>  L(λ) = Σ_{g ≥ from} max_k ( scale·w[g][k] + Σ_{s covered by k} λ[s] ) − Σ_s λ[s]·d[s]</pre>
 *
 * is at least {@code scale} times the votes of every completion that covers each slot {@code d[s]} more
 * times: for such a completion {@code x}, {@code scale·w(x) ≤ scale·w(x) + Σ_s λ[s]·(cover_s(x) − d[s])},
 * and the right-hand side splits into one term per group, each at most that group's maximum. So
 * {@code floorDiv(L(λ), scale)} is an upper bound on the best completion for <em>every</em> {@code λ ≥ 0},
 * whatever way {@code λ} was found; everything is computed exactly in {@code long}s. (A pair's combination
 * {@code k} covers a slot once per member window over it.) How good the bound is depends on {@code λ}:
 * {@link #improve} lowers it by projected subgradient steps, whose arithmetic only chooses {@code λ} and
 * never enters a bound unchecked. The minimum over {@code λ} is the linear programme over each group's
 * convex hull of combinations with the coverage rows, so it is much tighter than each group's best alone.
 *
 * <p>Not thread-safe (scratch arrays); one per search run.
 */
final class CoverageDual {

    /** Totals above this disable the dual (the scaled sums could overflow); the search then uses its simple bounds. */
    static final long MAX_TOTAL = 1L << 32;

    /** The goal of {@link #improve} when the caller has none: lower the bound as far as the steps go. */
    static final long NO_GOAL = Long.MIN_VALUE;

    private final int slots;
    private final int candidates;
    private final int[][] cover;
    private final int[][] groupMembers;
    private final long[][] scaled;
    private final boolean pairsApart;
    private final int[] lowEnd;
    private final int[] highStart;
    private final long scale;
    private final long cap;

    private final long[] coverValue;
    private final long[] groupMax;
    private final int[] pickA;
    private final int[] pickB;
    private final long[] preMax;
    private final int[] preArg;
    private final long[] sufMax;
    private final int[] sufArg;
    private final int[] coverCount;
    private final long[] bestLambda;
    private long iterations;

    /**
     * @param unit the unit (slots and candidate starts)
     * @param groups the groups in search order
     * @param scores votes per member per candidate (not negative)
     * @param pairsApart whether a pair's two windows may not overlap (PH-5)
     * @param scale the fixed-point scale of {@code λ} (positive)
     */
    CoverageDual(ScheduleUnit unit, List<CoverageSearch.Group> groups, long[][] scores, boolean pairsApart, long scale) {
        this.slots = unit.slots.length;
        this.candidates = unit.candidates.length;
        this.pairsApart = pairsApart;
        this.scale = scale;
        cover = new int[candidates][];
        for (int c = 0; c < candidates; c++) {
            int[] list = new int[slots];
            int n = 0;
            for (int s = 0; s < slots; s++) {
                if (unit.covers(c, s)) {
                    list[n++] = s;
                }
            }
            cover[c] = Arrays.copyOf(list, n);
        }
        lowEnd = new int[candidates];
        highStart = new int[candidates];
        for (int a = 0; a < candidates; a++) {
            int lo = 0;
            while (lo < candidates && unit.candidates[lo] <= unit.candidates[a] - unit.window) {
                lo++;
            }
            int hi = candidates;
            while (hi > 0 && unit.candidates[hi - 1] >= unit.candidates[a] + unit.window) {
                hi--;
            }
            lowEnd[a] = lo;
            highStart[a] = hi;
        }
        groupMembers = new int[groups.size()][];
        long total = 0;
        scaled = new long[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            scaled[i] = new long[candidates];
            long max = 0;
            for (int c = 0; c < candidates; c++) {
                scaled[i][c] = scores[i][c] * scale;
                max = Math.max(max, scores[i][c]);
            }
            total += max;
        }
        for (int g = 0; g < groups.size(); g++) {
            groupMembers[g] = groups.get(g).members();
        }
        cap = scale * (total + 1);
        coverValue = new long[candidates];
        groupMax = new long[groups.size()];
        pickA = new int[groups.size()];
        pickB = new int[groups.size()];
        preMax = new long[candidates];
        preArg = new int[candidates];
        sufMax = new long[candidates];
        sufArg = new int[candidates];
        coverCount = new int[slots];
        bestLambda = new long[slots];
    }

    /** Whether the dual can be used for these scores without any risk of overflow. */
    static boolean usable(long[][] scores, int minOnPhone) {
        if (minOnPhone <= 0 || scores.length > 1 << 16) {
            return false;
        }
        long total = 0;
        for (long[] row : scores) {
            long max = 0;
            for (long v : row) {
                if (v < 0) {
                    return false;
                }
                max = Math.max(max, v);
            }
            total += max;
            if (total >= MAX_TOTAL) {
                return false;
            }
        }
        return true;
    }

    long scale() {
        return scale;
    }

    /** Subgradient steps taken so far (for the statistics). */
    long iterations() {
        return iterations;
    }

    /**
     * {@code L(λ)} for the groups {@code from …} and the deficits; afterwards {@link #coverValue(int)} and
     * {@link #groupMax(int)} describe this evaluation. {@code Long.MIN_VALUE / 4} when some group has no
     * combination at all (no completion exists).
     */
    long evaluate(int from, int[] deficit, long[] lambda) {
        for (int c = 0; c < candidates; c++) {
            long sum = 0;
            for (int s : cover[c]) {
                sum += lambda[s];
            }
            coverValue[c] = sum;
        }
        long total = 0;
        for (int g = from; g < groupMembers.length; g++) {
            long v = groupValue(g);
            if (v == Long.MIN_VALUE) {
                return Long.MIN_VALUE / 4;
            }
            groupMax[g] = v;
            total += v;
        }
        for (int s = 0; s < slots; s++) {
            total -= lambda[s] * deficit[s];
        }
        return total;
    }

    /** {@code Σ λ[s]} over the slots candidate {@code c} covers, as of the last evaluation. */
    long coverValue(int c) {
        return coverValue[c];
    }

    /** Group {@code g}'s maximum {@code scale·w + Σ λ} as of the last evaluation. */
    long groupMax(int g) {
        return groupMax[g];
    }

    private long groupValue(int g) {
        int[] members = groupMembers[g];
        long[] first = scaled[members[0]];
        if (members.length == 1) {
            long best = Long.MIN_VALUE;
            for (int c = 0; c < candidates; c++) {
                long v = first[c] + coverValue[c];
                if (v > best) {
                    best = v;
                    pickA[g] = c;
                }
            }
            pickB[g] = -1;
            return best;
        }
        long[] second = scaled[members[1]];
        if (!pairsApart) {
            long bestA = Long.MIN_VALUE;
            long bestB = Long.MIN_VALUE;
            for (int c = 0; c < candidates; c++) {
                long a = first[c] + coverValue[c];
                long b = second[c] + coverValue[c];
                if (a > bestA) {
                    bestA = a;
                    pickA[g] = c;
                }
                if (b > bestB) {
                    bestB = b;
                    pickB[g] = c;
                }
            }
            return candidates == 0 ? Long.MIN_VALUE : bestA + bestB;
        }
        long run = Long.MIN_VALUE;
        int arg = -1;
        for (int c = 0; c < candidates; c++) {
            long v = second[c] + coverValue[c];
            if (v > run) {
                run = v;
                arg = c;
            }
            preMax[c] = run;
            preArg[c] = arg;
        }
        run = Long.MIN_VALUE;
        for (int c = candidates - 1; c >= 0; c--) {
            long v = second[c] + coverValue[c];
            if (v > run) {
                run = v;
                arg = c;
            }
            sufMax[c] = run;
            sufArg[c] = arg;
        }
        long best = Long.MIN_VALUE;
        for (int a = 0; a < candidates; a++) {
            long partner = Long.MIN_VALUE;
            int with = -1;
            int lo = lowEnd[a];
            if (lo > 0) {
                partner = preMax[lo - 1];
                with = preArg[lo - 1];
            }
            int hi = highStart[a];
            if (hi < candidates && sufMax[hi] > partner) {
                partner = sufMax[hi];
                with = sufArg[hi];
            }
            if (with >= 0) {
                long v = first[a] + coverValue[a] + partner;
                if (v > best) {
                    best = v;
                    pickA[g] = a;
                    pickB[g] = with;
                }
            }
        }
        return best;
    }

    /**
     * Lowers {@code L(λ)} by at most {@code steps} projected subgradient steps (Polyak's step towards
     * {@code goal}, the value the caller needs the bound to fall below, or {@link #NO_GOAL}), starting
     * from {@code lambda}, stopping as soon as the bound is below {@code goal}. Multipliers
     * of slots without deficit are set to 0 first (their constraint holds anyway, so that never raises the
     * bound). Leaves the best multipliers found in {@code lambda}, evaluated (so {@link #coverValue} and
     * {@link #groupMax} describe them), and returns their {@code L}.
     */
    long improve(int from, int[] deficit, long[] lambda, int steps, int patience, long goal) {
        for (int s = 0; s < slots; s++) {
            if (deficit[s] == 0) {
                lambda[s] = 0;
            }
        }
        long value = evaluate(from, deficit, lambda);
        if (value < goal || steps == 0 || value == Long.MIN_VALUE / 4) {
            return value;
        }
        long best = value;
        System.arraycopy(lambda, 0, bestLambda, 0, slots);
        boolean lastIsBest = true;
        int stalled = 0;
        for (int step = 0; step < steps && best >= goal && stalled < patience; step++) {
            Arrays.fill(coverCount, 0);
            for (int g = from; g < groupMembers.length; g++) {
                for (int s : cover[pickA[g]]) {
                    coverCount[s]++;
                }
                if (pickB[g] >= 0) {
                    for (int s : cover[pickB[g]]) {
                        coverCount[s]++;
                    }
                }
            }
            long norm = 0;
            for (int s = 0; s < slots; s++) {
                int gs = coverCount[s] - deficit[s];
                if (deficit[s] > 0 && (gs < 0 || lambda[s] > 0)) {
                    norm += (long) gs * gs; // the projected direction: λ already 0 cannot go lower
                }
            }
            if (norm == 0) {
                break; // the relaxed choice covers exactly the deficits: no direction lowers L here
            }
            long target = goal == NO_GOAL ? best - Math.max(scale, Math.abs(best) / 16) : goal - scale;
            long gap = Math.max(scale, value - target);
            for (int s = 0; s < slots; s++) {
                if (deficit[s] == 0) {
                    continue;
                }
                long gs = coverCount[s] - deficit[s];
                long next = lambda[s] - Math.floorDiv(gap * gs, norm);
                lambda[s] = Math.max(0, Math.min(cap, next));
            }
            iterations++;
            value = evaluate(from, deficit, lambda);
            if (value < best) {
                best = value;
                System.arraycopy(lambda, 0, bestLambda, 0, slots);
                lastIsBest = true;
                stalled = 0;
            } else {
                lastIsBest = false;
                stalled++;
            }
        }
        if (!lastIsBest) {
            System.arraycopy(bestLambda, 0, lambda, 0, slots);
            evaluate(from, deficit, lambda);
        }
        return best;
    }
}
