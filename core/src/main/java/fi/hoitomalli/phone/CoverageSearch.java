package fi.hoitomalli.phone;

import java.util.Arrays;
import java.util.List;

/**
 * The exact search of {@link PhoneScheduler} for one unit: a depth-first branch-and-bound over the team's
 * groups (substitute pairs and unpaired secretaries, in group order) whose state is the coverage of every
 * slot, capped at {@code minOnPhone} and packed into a {@code long}, memoised per depth and state, bounded
 * above by the Lagrangian relaxation of the coverage constraints ({@link CoverageDual}) and two simpler
 * bounds (see {@link Run}). Only provably unhelpful subtrees are skipped, so the search is exhaustive by
 * construction: its best final score is the upper bound of the proof. A second pass in lexicographic order,
 * stopping at the first vector with that score, gives the lexicographically smallest optimal vector.
 */
final class CoverageSearch {

    /** A group: one or two member indexes (a pair in member order). */
    record Group(int[] members) {
    }

    /**
     * The best schedule for the unit: starts (candidate indexes) per member, the score, the search nodes
     * visited, and the relaxed bound (each group's best on its own, coverage ignored).
     */
    record Best(int[] startIndex, long score, long states, long relaxed) {
    }

    private final ScheduleUnit unit;
    private final int minOnPhone;
    private final int bits;
    private final long[] masks;
    private final long full;
    /** The slots each candidate covers, ascending. */
    private final int[][] coverSlots;
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
        coverSlots = new int[c][];
        for (int i = 0; i < c; i++) {
            int[] list = new int[unit.slots.length];
            int n = 0;
            for (int s = 0; s < unit.slots.length; s++) {
                if (unit.covers(i, s)) {
                    list[n++] = s;
                }
            }
            coverSlots[i] = Arrays.copyOf(list, n);
        }
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
        return solve(groups, scores, pairsApart, true);
    }

    /**
     * The search with or without the Lagrangian bound (iii): both are exact and give the same result; the
     * one without is the slower reference the tests compare with.
     */
    Best solve(List<Group> groups, long[][] scores, boolean pairsApart, boolean lagrangian) {
        return new Run(groups, scores, pairsApart, lagrangian).run();
    }

    /**
     * The exact search, in depth-first passes over the groups. Pass 1 finds the optimal score: a subtree is
     * skipped when (a) the same coverage state was already reached at the same depth with at least this
     * value (every completion of this node is then matched by one of that node, which was explored or
     * skipped for a sound reason), (b) its upper bound is not above the best score found, or (c) its
     * coverage cannot be completed by the secretaries left. Children are tried in the order of their
     * Lagrangian bound, best first. With the Lagrangian bound, pass 1 is preceded by a dive: the same
     * search with the root's multipliers inherited unchanged, stopped at its first complete vector, whose
     * score pass 1 then has to beat (so pass 1's multiplier steps have a goal from the start); if the dive
     * finds none, it has searched everything and the unit is infeasible. Pass 2 returns the
     * lexicographically smallest vector with the optimal score: combinations in lexicographic order,
     * subtrees whose bound is below the optimum or whose state failed before with at least this value
     * skipped, stopping at the first complete vector; a node that pass 1's optimal vector completes cannot
     * be pruned, so its multipliers are not improved.
     *
     * <p>The upper bound is the smallest of (i) the value so far plus each remaining group's best on its
     * own, (ii) the value so far plus each remaining secretary's best, minus for a set of uncovered slots
     * that no single window can cover two of the cheapest loss of covering each, and (iii) the value so far
     * plus the Lagrangian bound of {@link CoverageDual} for the remaining groups and the slots' deficits,
     * with multipliers optimised at the root and re-optimised at each node by a few subgradient steps
     * (warm-started from the parent's). A child's bound with its parent's multipliers is its parent's
     * bound minus the child's reduced cost, so children are pruned before they are built. Every bound is
     * valid whatever the multipliers, so the search is exhaustive by construction.
     */
    private final class Run {
        /** Subgradient steps at the root before the first dive (no goal yet). */
        private static final int DIVE_ROOT_STEPS = 40;
        /** Subgradient steps at the root of pass 1, at most, and how many in a row may fail to lower it. */
        private static final int ROOT_STEPS = 100;
        private static final int ROOT_PATIENCE = 30;
        /** The same at any other node. */
        private static final int NODE_STEPS = 128;
        private static final int PATIENCE = 12;
        /** Fixed-point scale of the multipliers: 1/64 vote. */
        private static final long SCALE = 64;

        private final List<Group> groups;
        private final int[][][] combos;
        private final long[][] comboScore;
        private final int[][] byScore;
        private final long[] rest;
        private final long[] restIndividual;
        private final long[][] minLoss;
        private final int[] remaining;
        private final int[] choice;
        private final CoverageDual dual;
        private final long[][] lambda;
        private final int[][] deficit;
        private final long[][] childKeys;
        private final long[][] coverAt;
        private final long[] groupAt;
        private final int keyBits;
        private LongLongMap[] memo;
        private long best = -1;
        private int[] bestChoice;
        /** Pass 1's best vector (combination per group). */
        private int[] incumbent;
        private long target;
        private long nodes;
        private boolean diving;

        Run(List<Group> groups, long[][] scores, boolean pairsApart, boolean lagrangian) {
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
            int maxCombos = 1;
            int[][][] shared = new int[3][][];
            for (int i = 0; i < g; i++) {
                Group group = groups.get(i);
                // every pair (and every single) of the unit has the same combinations: built once
                int size = group.members().length;
                if (shared[size] == null) {
                    shared[size] = combos(group, pairsApart);
                }
                combos[i] = shared[size];
                maxCombos = Math.max(maxCombos, combos[i].length);
                comboScore[i] = new long[combos[i].length];
                for (int k = 0; k < combos[i].length; k++) {
                    for (int j = 0; j < combos[i][k].length; j++) {
                        comboScore[i][k] += scores[group.members()[j]][combos[i][k][j]];
                    }
                }
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
                        for (int slot : coverSlots[cand]) {
                            if (loss < minLoss[i][slot]) {
                                minLoss[i][slot] = loss;
                            }
                        }
                    }
                }
            }
            dual = lagrangian && CoverageDual.usable(scores, minOnPhone) ? new CoverageDual(unit, groups, scores, pairsApart, SCALE) : null;
            if (dual == null) {
                for (int i = 0; i < g; i++) {
                    byScore[i] = byScore(comboScore[i]);
                }
            }
            lambda = new long[g + 1][unit.slots.length];
            deficit = new int[g + 1][unit.slots.length];
            childKeys = new long[g][maxCombos];
            coverAt = new long[g][c];
            groupAt = new long[g];
            keyBits = 64 - Long.numberOfLeadingZeros(maxCombos);
        }

        Best run() {
            memo = newMemo();
            if (dual != null) {
                deficits(0L, deficit[0]);
                dual.improve(0, deficit[0], lambda[0], DIVE_ROOT_STEPS, DIVE_ROOT_STEPS, CoverageDual.NO_GOAL);
                diving = true;
                optimum(0, 0L, 0L);
                diving = false;
                if (best < 0) {
                    return null;
                }
                memo = newMemo();
            }
            optimum(0, 0L, 0L);
            if (best < 0) {
                return null;
            }
            target = best;
            memo = newMemo();
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
            return new Best(startIndex, target, nodes, rest[0]);
        }

        /** Combination indexes by score, best first, ties in index order. */
        private int[] byScore(long[] cs) {
            Integer[] order = new Integer[cs.length];
            for (int k = 0; k < cs.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> cs[x] != cs[y] ? Long.compare(cs[y], cs[x]) : Integer.compare(x, y));
            int[] out = new int[cs.length];
            for (int k = 0; k < cs.length; k++) {
                out[k] = order[k];
            }
            return out;
        }

        /** The memo, empty: built once, cleared for every pass. */
        private LongLongMap[] newMemo() {
            if (memo == null) {
                memo = new LongLongMap[groups.size()];
                for (int i = 0; i < memo.length; i++) {
                    memo[i] = new LongLongMap();
                }
            } else {
                for (LongLongMap map : memo) {
                    map.clear();
                }
            }
            return memo;
        }

        private void optimum(int g, long state, long value) {
            nodes++;
            if (g == groups.size()) {
                if (state == full && value > best) {
                    best = value;
                    incumbent = choice.clone();
                }
                return;
            }
            if (!memo[g].raiseTo(state, value) || bound(g, state, value) <= best) {
                return;
            }
            if (dual == null) {
                for (int k : byScore[g]) {
                    long ns = apply(state, combos[g][k]);
                    if (canComplete(ns, remaining[g + 1])) {
                        choice[g] = k;
                        optimum(g + 1, ns, value + comboScore[g][k]);
                    }
                }
                return;
            }
            // (iii) the Lagrangian bound: prune when floorDiv(L, SCALE) <= best, i.e. L < SCALE * (best + 1).
            long lagrangian = nodeBound(g, state, value, best < 0 ? CoverageDual.NO_GOAL : SCALE * (best + 1),
                    diving ? 0 : g == 0 ? ROOT_STEPS : NODE_STEPS, g == 0 ? ROOT_PATIENCE : PATIENCE);
            if (Math.floorDiv(lagrangian, SCALE) <= best) {
                return;
            }
            long[] keys = childKeys[g];
            int n = 0;
            long top = (1L << (62 - keyBits)) - 1;
            for (int k = 0; k < combos[g].length; k++) {
                long child = childBound(g, k, lagrangian);
                if (Math.floorDiv(child, SCALE) > best) {
                    // best first; ties in combination order (complemented index in the low bits)
                    keys[n++] = (Math.min(child, top) << keyBits) | ((1L << keyBits) - 1 - k);
                }
            }
            Arrays.sort(keys, 0, n);
            for (int i = n - 1; i >= 0; i--) {
                int k = (int) ((1L << keyBits) - 1 - (keys[i] & ((1L << keyBits) - 1)));
                if (Math.floorDiv(childBound(g, k, lagrangian), SCALE) <= best) {
                    continue; // the best score rose since the children were sorted
                }
                long ns = apply(state, combos[g][k]);
                if (canComplete(ns, remaining[g + 1])) {
                    choice[g] = k;
                    System.arraycopy(lambda[g], 0, lambda[g + 1], 0, lambda[g].length);
                    optimum(g + 1, ns, value + comboScore[g][k]);
                    if (diving && best >= 0) {
                        return;
                    }
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
            if (!memo[g].raiseTo(state, value) || bound(g, state, value) < target) {
                return false;
            }
            long lagrangian = Long.MAX_VALUE;
            if (dual != null) {
                // Prune when floorDiv(L, SCALE) < target, i.e. L < SCALE * target. When pass 1's optimal
                // vector completes this node, no bound can prune it: the multipliers are not improved then.
                boolean reaches = completedByIncumbent(g, state, value);
                lagrangian = nodeBound(g, state, value, SCALE * target, reaches ? 0 : NODE_STEPS, PATIENCE);
                if (Math.floorDiv(lagrangian, SCALE) < target) {
                    return false;
                }
            }
            for (int k = 0; k < combos[g].length; k++) {
                if (dual != null && Math.floorDiv(childBound(g, k, lagrangian), SCALE) < target) {
                    continue;
                }
                long ns = apply(state, combos[g][k]);
                if (canComplete(ns, remaining[g + 1])) {
                    choice[g] = k;
                    if (dual != null) {
                        System.arraycopy(lambda[g], 0, lambda[g + 1], 0, lambda[g].length);
                    }
                    if (smallest(g + 1, ns, value + comboScore[g][k])) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The node's Lagrangian bound, scaled: {@code SCALE·value + L(λ)} for the groups from {@code g} and
         * the state's deficits, with the multipliers {@code lambda[g]} (inherited from the parent) improved
         * by at most {@code steps} steps until the bound falls below {@code goal}. Leaves the dual evaluated at the final
         * multipliers and remembers each candidate's multiplier sum and group {@code g}'s maximum for the
         * children ({@link #childBound}).
         */
        private long nodeBound(int g, long state, long value, long goal, int steps, int patience) {
            int[] d = deficit[g];
            deficits(state, d);
            long base = SCALE * value;
            long relaxed = dual.improve(g, d, lambda[g], steps, patience,
                    goal == CoverageDual.NO_GOAL ? goal : goal - base);
            if (relaxed == Long.MIN_VALUE / 4) {
                return Long.MIN_VALUE / 4;
            }
            long[] cover = coverAt[g];
            for (int c = 0; c < cover.length; c++) {
                cover[c] = dual.coverValue(c);
            }
            groupAt[g] = dual.groupMax(g);
            return base + relaxed;
        }

        /** Whether pass 1's optimal vector, from group {@code g} on, completes this node to the optimum. */
        private boolean completedByIncumbent(int g, long state, long value) {
            long ns = state;
            long v = value;
            for (int i = g; i < groups.size(); i++) {
                ns = apply(ns, combos[i][incumbent[i]]);
                v += comboScore[i][incumbent[i]];
            }
            return ns == full && v == target;
        }

        /**
         * Combination {@code k}'s bound with the node's multipliers: the node's bound minus the reduced
         * cost of {@code k} (group {@code g}'s maximum less {@code k}'s own term). Counting a slot covered
         * by both members once per member can only overstate it, which keeps it an upper bound.
         */
        private long childBound(int g, int k, long nodeBound) {
            long term = SCALE * comboScore[g][k];
            for (int c : combos[g][k]) {
                term += coverAt[g][c];
            }
            return nodeBound - groupAt[g] + term;
        }

        private void deficits(long state, int[] d) {
            long fieldMask = (1L << bits) - 1;
            for (int s = 0; s < d.length; s++) {
                d[s] = (int) Math.max(0, minOnPhone - ((state >>> (s * bits)) & fieldMask));
            }
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
        private long[] keys = new long[16];
        private long[] values = new long[16];
        private boolean[] used = new boolean[16];
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

        /** Forgets every state (keeps the capacity). */
        void clear() {
            if (size > 0) {
                Arrays.fill(used, false);
                size = 0;
            }
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
