package fi.hoitomalli.team.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The number crunching of pot planning for one planning group, on plain arrays: units are indexes
 * {@code 0..n-1} with a size (customers), pots are indexes {@code 0..k-1}. See
 * {@code fi.hoitomalli.team.PotPlanner} for the algorithm in domain terms. Not thread-safe; one instance
 * per planning run.
 */
public final class PotSearch {

    /** How many of the opposite extreme pots are tried as partners of the worst pot in each step. */
    private static final int PARTNERS = 16;
    private static final long POT_BITS = 1L << 24;

    private final int[] size;
    private final int[] previous;
    private final int[] owner;
    private final long[] potLoad;
    private final TreeSet<Long> order = new TreeSet<>();
    private final List<TreeSet<Long>> potUnits;
    private final double ideal;

    /**
     * A search over units of the given sizes and {@code pots} pots.
     *
     * @param size customers per unit
     * @param previous the previous pot of each unit, or -1 when it had none in this group
     * @param pots the number of pots, at least one and below 2^24
     */
    public PotSearch(int[] size, int[] previous, int pots) {
        if (pots < 1 || pots >= POT_BITS || size.length != previous.length) {
            throw new IllegalArgumentException("bad pot search input: " + pots + " pots, " + size.length + " units");
        }
        this.size = size.clone();
        this.previous = previous.clone();
        this.owner = new int[size.length];
        Arrays.fill(owner, -1);
        this.potLoad = new long[pots];
        this.potUnits = new ArrayList<>(pots);
        long total = 0;
        for (int p = 0; p < pots; p++) {
            potUnits.add(new TreeSet<>());
            order.add(key(0, p));
        }
        for (int s : size) {
            total += s;
        }
        this.ideal = (double) total / pots;
    }

    /** Keeps every unit with its previous pot, where it had one. */
    public PotSearch keepPrevious() {
        for (int u = 0; u < size.length; u++) {
            if (previous[u] >= 0 && owner[u] < 0) {
                place(u, previous[u]);
            }
        }
        return this;
    }

    /**
     * Longest processing time first: the units without a pot, largest first (ties by index), each to the
     * currently smallest pot (ties by index).
     */
    public PotSearch placeRemainingLargestFirst() {
        Integer[] open = new Integer[size.length];
        int n = 0;
        for (int u = 0; u < size.length; u++) {
            if (owner[u] < 0) {
                open[n++] = u;
            }
        }
        Integer[] units = Arrays.copyOf(open, n);
        Arrays.sort(units, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        for (int u : units) {
            place(u, pot(order.first()));
        }
        return this;
    }

    /**
     * Local search: while a step (a move of one unit, or a swap of two) between the pot farthest from the
     * ideal and one of the pots at the other extreme makes the sum of squared deviations smaller without
     * making the largest deviation larger, take the best such step. With {@code guardChurn}, steps move
     * only units that are away from their previous pot anyway; units still with their previous pot move
     * only while no such step exists and the largest deviation exceeds {@code threshold} of the ideal, so
     * that a stable plan stays stable.
     *
     * @param guardChurn whether the previous pots are to be kept where balance allows
     * @param threshold the tolerated largest deviation as a fraction of the ideal
     */
    public PotSearch improve(boolean guardChurn, double threshold) {
        long guard = 100L * size.length + 1000;
        while (guard-- > 0) {
            double maxDeviation = maxDeviation();
            Step best = bestStep(guardChurn);
            if (best == null && guardChurn && maxDeviation > threshold * ideal) {
                best = bestStep(false);
            }
            if (best == null) {
                break;
            }
            apply(best);
        }
        return this;
    }

    /** The best step between the pot farthest from the ideal and its partners, or null. */
    private Step bestStep(boolean onlyFreeUnits) {
        int high = pot(order.last());
        int low = pot(order.first());
        Step best = null;
        if (potLoad[high] - ideal >= ideal - potLoad[low]) {
            Iterator<Long> it = order.iterator();
            for (int i = 0; i < PARTNERS && it.hasNext(); i++) {
                int q = pot(it.next());
                if (q != high) {
                    best = better(best, bestStep(high, q, onlyFreeUnits));
                }
            }
        } else {
            Iterator<Long> it = order.descendingIterator();
            for (int i = 0; i < PARTNERS && it.hasNext(); i++) {
                int p = pot(it.next());
                if (p != low) {
                    best = better(best, bestStep(p, low, onlyFreeUnits));
                }
            }
        }
        return best;
    }

    /** The pot of each unit. */
    public int[] owners() {
        return owner.clone();
    }

    /** The largest absolute deviation of a pot from the ideal, in customers. */
    public double maxDeviation() {
        return Math.max(potLoad[pot(order.last())] - ideal, ideal - potLoad[pot(order.first())]);
    }

    private record Step(int from, int to, int unit, int back, long moved, long score) {
    }

    /** The best step moving load from the larger pot {@code p} to the smaller {@code q}, or null. */
    private Step bestStep(int p, int q, boolean restricted) {
        long gap = potLoad[p] - potLoad[q];
        if (gap < 2) {
            return null;
        }
        long[] from = movable(p, restricted);
        long[] to = movable(q, restricted);
        long half = gap / 2;
        Step best = null;
        int i = lowerBound(from, half);
        for (int j = Math.max(0, i - 1); j <= Math.min(from.length - 1, i); j++) {
            best = better(best, step(p, q, unitOf(from[j]), -1, sizeOf(from[j]), gap));
        }
        for (long a : from) {
            long target = sizeOf(a) - half;
            int k = lowerBound(to, target);
            for (int j = Math.max(0, k - 1); j <= Math.min(to.length - 1, k); j++) {
                best = better(best, step(p, q, unitOf(a), unitOf(to[j]), sizeOf(a) - sizeOf(to[j]), gap));
            }
        }
        return best;
    }

    private static Step step(int p, int q, int unit, int back, long moved, long gap) {
        if (moved < 1 || moved >= gap) {
            return null;
        }
        return new Step(p, q, unit, back, moved, moved * (gap - moved));
    }

    /** Larger score wins; then a move over a swap; then lower unit indexes; then the earlier one. */
    private static Step better(Step a, Step b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.score != b.score) {
            return a.score > b.score ? a : b;
        }
        if ((a.back < 0) != (b.back < 0)) {
            return a.back < 0 ? a : b;
        }
        if (a.unit != b.unit) {
            return a.unit < b.unit ? a : b;
        }
        return b.back < a.back ? b : a;
    }

    /** The pot's units that may move, as sorted (size, unit) keys. */
    private long[] movable(int p, boolean restricted) {
        TreeSet<Long> units = potUnits.get(p);
        long[] out = new long[units.size()];
        int n = 0;
        for (long k : units) {
            if (!restricted || previous[unitOf(k)] != p) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private void apply(Step step) {
        unplace(step.unit);
        place(step.unit, step.to);
        if (step.back >= 0) {
            unplace(step.back);
            place(step.back, step.from);
        }
    }

    private void place(int u, int p) {
        owner[u] = p;
        if (size[u] > 0) {
            potUnits.get(p).add(unitKey(size[u], u));
        }
        order.remove(key(potLoad[p], p));
        potLoad[p] += size[u];
        order.add(key(potLoad[p], p));
    }

    private void unplace(int u) {
        int p = owner[u];
        potUnits.get(p).remove(unitKey(size[u], u));
        order.remove(key(potLoad[p], p));
        potLoad[p] -= size[u];
        order.add(key(potLoad[p], p));
        owner[u] = -1;
    }

    /** Index of the first key whose size is at least {@code size}. */
    private static int lowerBound(long[] keys, long size) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sizeOf(keys[mid]) < size) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long key(long load, int pot) {
        return load * POT_BITS + pot;
    }

    private static int pot(long key) {
        return (int) (key % POT_BITS);
    }

    private static long unitKey(int size, int unit) {
        return ((long) size << 32) | unit;
    }

    private static int unitOf(long key) {
        return (int) key;
    }

    private static long sizeOf(long key) {
        return key >>> 32;
    }
}
