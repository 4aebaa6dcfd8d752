package fi.hoitomalli.phone;

import java.util.Arrays;
import java.util.List;

/**
 * The exact search of {@link PhoneScheduler} for one unit: a depth-first branch-and-bound over the team's
 * groups (substitute pairs and unpaired secretaries, in group order) whose state is the coverage of every
 * slot, capped at {@code minOnPhone} and packed into a {@code long}, memoised per depth and state (see
 * {@link Run}). Only provably unhelpful subtrees are skipped, so the search is exhaustive by construction;
 * its best final score is the upper bound of the proof, and because combinations are tried in
 * lexicographic order and only strictly better scores replace the best, the result is the lexicographically
 * smallest optimal vector.
 */
final class CoverageSearch {

    /** A group: one or two member indexes (a pair in member order). */
    record Group(int[] members) {
    }

    /** The best schedule for the unit: starts (candidate indexes) per member, the score and the states kept. */
    record Best(int[] startIndex, long score, long states) {
    }

    private final ScheduleUnit unit;
    private final int minOnPhone;
    private final int bits;
    private final long[] masks;
    private final long full;
    private final int[] bestReach;
    private final int[] scratch;

    CoverageSearch(ScheduleUnit unit, int minOnPhone) {
        this.unit = unit;
        this.minOnPhone = minOnPhone;
        this.bits = minOnPhone <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(minOnPhone);
        int c = unit.candidates.length;
        masks = new long[c];
        for (int i = 0; i < c; i++) {
            for (int s = 0; s < unit.slots.length; s++) {
                if (unit.covers(i, s)) {
                    masks[i] |= 1L << (s * bits);
                }
            }
        }
        long f = 0;
        for (int s = 0; s < unit.slots.length && minOnPhone > 0; s++) {
            f |= ((long) minOnPhone) << (s * bits);
        }
        full = f;
        bestReach = new int[unit.slots.length];
        scratch = new int[unit.slots.length];
        for (int s = 0; s < unit.slots.length; s++) {
            bestReach[s] = -1;
            for (int i = 0; i < c; i++) {
                if (unit.covers(i, s)) {
                    bestReach[s] = i;
                }
            }
        }
    }

    /** How many windows a greedy cover needs from the empty state (exact for one-per-slot interval cover). */
    int windowsNeeded() {
        if (minOnPhone == 0) {
            return 0;
        }
        int n = greedyCount(0, Integer.MAX_VALUE);
        return n == Integer.MAX_VALUE ? Integer.MAX_VALUE : n * minOnPhone;
    }

    /** Whether some slot cannot be covered by any candidate. */
    int firstUncoverableSlot() {
        if (minOnPhone == 0) {
            return -1;
        }
        for (int s = 0; s < bestReach.length; s++) {
            if (bestReach[s] < 0) {
                return s;
            }
        }
        return -1;
    }

    Best solve(List<Group> groups, long[][] scores, boolean pairsApart) {
        return new Run(groups, scores, pairsApart).run();
    }

    /**
     * The exact search, in two depth-first passes over the groups. Pass 1 finds the optimal score: groups'
     * combinations tried best-first, a subtree skipped when (a) its coverage cannot be completed by the
     * secretaries left, (b) its upper bound is not above the best score found, or (c) the same coverage state
     * was already reached at the same depth with at least this value (every completion of this node is then
     * matched by one of that node). Pass 2 returns the lexicographically smallest vector with that score:
     * combinations in lexicographic order, subtrees whose bound is below the optimum or whose state failed
     * before with at least this value skipped, stopping at the first complete vector. The upper bound is the
     * smaller of (i) the value so far plus each remaining group's best on its own and (ii) the value so far
     * plus each remaining secretary's best, minus for a set of uncovered slots that no single window can
     * cover two of, the cheapest loss of covering each: distinct windows, hence distinct secretaries.
     * Both bounds and all skips are sound, so the search is exhaustive by construction.
     */
    private final class Run {
        private final List<Group> groups;
        private final int[][][] combos;
        private final long[][] comboScore;
        private final int[][] byScore;
        private final long[] rest;
        private final long[] restIndividual;
        private final long[][] minLoss;
        private final int[] remaining;
        private final int[] choice;
        private LongLongMap[] memo;
        private long best = -1;
        private int[] bestChoice;
        private long target;
        private long nodes;

        Run(List<Group> groups, long[][] scores, boolean pairsApart) {
            this.groups = groups;
            int g = groups.size();
            int c = unit.candidates.length;
            combos = new int[g][][];
            comboScore = new long[g][];
            byScore = new int[g][];
            rest = new long[g + 1];
            restIndividual = new long[g + 1];
            remaining = new int[g + 1];
            choice = new int[g];
            minLoss = new long[g + 1][unit.slots.length];
            long[] individualMax = new long[scores.length];
            for (int i = 0; i < scores.length; i++) {
                for (long v : scores[i]) {
                    individualMax[i] = Math.max(individualMax[i], v);
                }
            }
            for (int i = 0; i < g; i++) {
                Group group = groups.get(i);
                combos[i] = combos(group, pairsApart);
                comboScore[i] = new long[combos[i].length];
                for (int k = 0; k < combos[i].length; k++) {
                    for (int j = 0; j < combos[i][k].length; j++) {
                        comboScore[i][k] += scores[group.members()[j]][combos[i][k][j]];
                    }
                }
                long[] cs = comboScore[i];
                byScore[i] = java.util.stream.IntStream.range(0, cs.length).boxed()
                        .sorted((x, y) -> cs[x] != cs[y] ? Long.compare(cs[y], cs[x]) : Integer.compare(x, y))
                        .mapToInt(Integer::intValue).toArray();
            }
            Arrays.fill(minLoss[g], Long.MAX_VALUE / 4);
            for (int i = g - 1; i >= 0; i--) {
                long max = Long.MIN_VALUE;
                for (long v : comboScore[i]) {
                    max = Math.max(max, v);
                }
                rest[i] = rest[i + 1] + (max == Long.MIN_VALUE ? 0 : max);
                remaining[i] = remaining[i + 1] + groups.get(i).members().length;
                restIndividual[i] = restIndividual[i + 1];
                minLoss[i] = minLoss[i + 1].clone();
                for (int member : groups.get(i).members()) {
                    restIndividual[i] += individualMax[member];
                    for (int cand = 0; cand < c; cand++) {
                        long loss = individualMax[member] - scores[member][cand];
                        for (int slot = 0; slot < unit.slots.length; slot++) {
                            if (unit.covers(cand, slot) && loss < minLoss[i][slot]) {
                                minLoss[i][slot] = loss;
                            }
                        }
                    }
                }
            }
        }

        Best run() {
            memo = newMemo();
            optimum(0, 0L, 0L);
            if (best < 0) {
                return null;
            }
            target = best;
            memo = newMemo();
            long pass1 = nodes;
            if (!smallest(0, 0L, 0L)) {
                throw new IllegalStateException("pass 2 did not meet the optimum " + target + " of pass 1");
            }
            int[] startIndex = new int[remaining[0]];
            for (int i = 0; i < groups.size(); i++) {
                int[] members = groups.get(i).members();
                for (int j = 0; j < members.length; j++) {
                    startIndex[members[j]] = combos[i][bestChoice[i]][j];
                }
            }
            return new Best(startIndex, target, Math.max(pass1, nodes));
        }

        private LongLongMap[] newMemo() {
            LongLongMap[] maps = new LongLongMap[groups.size()];
            for (int i = 0; i < maps.length; i++) {
                maps[i] = new LongLongMap();
            }
            return maps;
        }

        private void optimum(int g, long state, long value) {
            nodes++;
            if (g == groups.size()) {
                if (state == full && value > best) {
                    best = value;
                }
                return;
            }
            if (bound(g, state, value) <= best || !memo[g].raiseTo(state, value)) {
                return;
            }
            for (int k : byScore[g]) {
                long ns = apply(state, combos[g][k]);
                if (canComplete(ns, remaining[g + 1])) {
                    optimum(g + 1, ns, value + comboScore[g][k]);
                }
            }
        }

        private boolean smallest(int g, long state, long value) {
            nodes++;
            if (g == groups.size()) {
                if (state == full && value == target) {
                    bestChoice = choice.clone();
                    return true;
                }
                return false;
            }
            if (bound(g, state, value) < target || !memo[g].raiseTo(state, value)) {
                return false;
            }
            for (int k = 0; k < combos[g].length; k++) {
                long ns = apply(state, combos[g][k]);
                if (canComplete(ns, remaining[g + 1])) {
                    choice[g] = k;
                    if (smallest(g + 1, ns, value + comboScore[g][k])) {
                        return true;
                    }
                }
            }
            return false;
        }

        private long bound(int g, long state, long value) {
            long byGroup = value + rest[g];
            if (minOnPhone == 0) {
                return byGroup;
            }
            long fieldMask = (1L << bits) - 1;
            long loss = 0;
            int free = Integer.MIN_VALUE;
            for (int s = 0; s < unit.slots.length; s++) {
                long deficit = minOnPhone - ((state >>> (s * bits)) & fieldMask);
                if (deficit > 0 && unit.slots[s] >= free) {
                    loss += deficit * minLoss[g][s];
                    free = unit.slots[s] + unit.window;
                }
            }
            return Math.min(byGroup, value + restIndividual[g] - loss);
        }

        private long apply(long state, int[] combo) {
            long ns = state;
            for (int start : combo) {
                ns = add(ns, start);
            }
            return ns;
        }
    }

    /** The best score of each group on its own (coverage ignored), summed: the relaxed bound. */
    long relaxedBound(List<Group> groups, long[][] scores, boolean pairsApart) {
        long sum = 0;
        for (Group group : groups) {
            long best = Long.MIN_VALUE;
            for (int[] combo : combos(group, pairsApart)) {
                long s = 0;
                for (int j = 0; j < combo.length; j++) {
                    s += scores[group.members()[j]][combo[j]];
                }
                best = Math.max(best, s);
            }
            sum += best == Long.MIN_VALUE ? 0 : best;
        }
        return sum;
    }

    private int[][] combos(Group group, boolean pairsApart) {
        int c = unit.candidates.length;
        if (group.members().length == 1) {
            int[][] out = new int[c][];
            for (int i = 0; i < c; i++) {
                out[i] = new int[] {i};
            }
            return out;
        }
        int[][] out = new int[c * c][];
        int n = 0;
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) {
                if (!pairsApart || Math.abs(unit.candidates[a] - unit.candidates[b]) >= unit.window) {
                    out[n++] = new int[] {a, b};
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private long add(long state, int candidate) {
        if (minOnPhone == 0) {
            return 0;
        }
        if (bits == 1) {
            return state | masks[candidate];
        }
        long fieldMask = (1L << bits) - 1;
        long out = state;
        for (int s = 0; s < unit.slots.length; s++) {
            if (((masks[candidate] >>> (s * bits)) & 1L) != 0) {
                long v = (out >>> (s * bits)) & fieldMask;
                if (v < minOnPhone) {
                    out += 1L << (s * bits);
                }
            }
        }
        return out;
    }

    private boolean canComplete(long state, int remaining) {
        if (minOnPhone == 0) {
            return true;
        }
        if (bits == 1) {
            return greedyCount(state, remaining) <= remaining;
        }
        return greedyMultiCount(state, remaining) <= remaining;
    }

    /**
     * Windows a greedy multi-cover adds: the leftmost slot short of {@code minOnPhone} gets its deficit of
     * windows at the furthest-reaching start that covers it. Optimal for equal-length windows on a line (an
     * exchange argument: any cover's windows over that slot can be pushed right to that start), so the
     * count is exact when substitute pairs are ignored; stops counting past {@code limit}.
     */
    private int greedyMultiCount(long state, int limit) {
        int n = unit.slots.length;
        long fieldMask = (1L << bits) - 1;
        int[] cov = scratch;
        for (int s = 0; s < n; s++) {
            cov[s] = (int) ((state >>> (s * bits)) & fieldMask);
        }
        int count = 0;
        for (int s = 0; s < n; s++) {
            int deficit = minOnPhone - cov[s];
            if (deficit > 0) {
                int candidate = bestReach[s];
                if (candidate < 0) {
                    return Integer.MAX_VALUE;
                }
                count += deficit;
                if (count > limit) {
                    return count;
                }
                for (int t = s; t < n && unit.covers(candidate, t); t++) {
                    cov[t] += deficit;
                }
            }
        }
        return count;
    }

    /** Windows a greedy left-to-right cover adds to the one-per-slot state; stops counting past {@code limit}. */
    private int greedyCount(long state, int limit) {
        long covered = state;
        int count = 0;
        for (int s = 0; s < unit.slots.length; s++) {
            if (((covered >>> (s * bits)) & 1L) == 0) {
                int candidate = bestReach[s];
                if (candidate < 0) {
                    return Integer.MAX_VALUE;
                }
                covered |= masks[candidate];
                if (++count > limit) {
                    return count;
                }
            }
        }
        return count;
    }

    /** An open-addressing map from a coverage state to the highest value it was reached with. */
    static final class LongLongMap {
        private long[] keys = new long[64];
        private long[] values = new long[64];
        private boolean[] used = new boolean[64];
        private int size;

        /** Records the value; false when the state was already reached with at least this value. */
        boolean raiseTo(long key, long value) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    if (values[i] >= value) {
                        return false;
                    }
                    values[i] = value;
                    return true;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new long[keys.length];
            used = new boolean[keys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    raiseTo(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
