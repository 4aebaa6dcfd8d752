package fi.hoitomalli.phone;

import java.util.Arrays;
import java.util.List;

/**
 * The exact search of {@link PhoneScheduler} for one unit: a forward dynamic programme over the team's
 * groups (substitute pairs and unpaired secretaries, in member order) whose state is the coverage of every
 * slot, capped at {@code minOnPhone} and packed into a {@code long}. Every combination of starts is
 * represented by some state, and a state keeps only the best score (ties: the lexicographically smallest
 * vector of starts), which is safe because the rest of the schedule depends on the prefix only through its
 * coverage. States that cannot reach full coverage with the secretaries left are dropped (a necessary
 * condition, so nothing optimal is lost). The programme is therefore exhaustive by construction; its best
 * final score is the upper bound of the proof.
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
        int totalMembers = groups.stream().mapToInt(g -> g.members().length).sum();
        LongIndex current = new LongIndex(16);
        long[] values = {0};
        byte[][] prefixes = {new byte[0]};
        current.put(0L, 0);
        long states = 1;
        int placed = 0;
        for (Group group : groups) {
            int[][] combos = combos(group, pairsApart);
            long[] comboScore = new long[combos.length];
            for (int k = 0; k < combos.length; k++) {
                for (int j = 0; j < combos[k].length; j++) {
                    comboScore[k] += scores[group.members()[j]][combos[k][j]];
                }
            }
            placed += group.members().length;
            int remaining = totalMembers - placed;
            LongIndex next = new LongIndex(Math.max(16, current.size() * 4));
            long[] nextValues = new long[Math.max(16, current.size() * 4)];
            byte[][] nextPrefixes = new byte[nextValues.length][];
            for (int e = 0; e < current.size(); e++) {
                long state = current.keyAt(e);
                long value = values[e];
                byte[] prefix = prefixes[e];
                for (int k = 0; k < combos.length; k++) {
                    long ns = state;
                    for (int start : combos[k]) {
                        ns = add(ns, start);
                    }
                    if (!canComplete(ns, remaining)) {
                        continue;
                    }
                    long nv = value + comboScore[k];
                    int at = next.get(ns);
                    if (at < 0) {
                        at = next.put(ns, next.size());
                        if (at >= nextValues.length) {
                            nextValues = Arrays.copyOf(nextValues, nextValues.length * 2);
                            nextPrefixes = Arrays.copyOf(nextPrefixes, nextValues.length);
                        }
                        nextValues[at] = nv;
                        nextPrefixes[at] = extend(prefix, combos[k]);
                    } else if (nv > nextValues[at] || (nv == nextValues[at] && lexLess(prefix, combos[k], nextPrefixes[at]))) {
                        nextValues[at] = nv;
                        nextPrefixes[at] = extend(prefix, combos[k]);
                    }
                }
            }
            states += next.size();
            current = next;
            values = nextValues;
            prefixes = nextPrefixes;
        }
        int at = current.get(full);
        if (at < 0) {
            return null;
        }
        int[] startIndex = new int[totalMembers];
        int p = 0;
        for (Group group : groups) {
            for (int member : group.members()) {
                startIndex[member] = prefixes[at][p++];
            }
        }
        return new Best(startIndex, values[at], states);
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
        long fieldMask = (1L << bits) - 1;
        long deficit = 0;
        long windowSlots = unit.window / unit.grid;
        for (int s = 0; s < unit.slots.length; s++) {
            long missing = minOnPhone - ((state >>> (s * bits)) & fieldMask);
            if (missing > remaining) {
                return false;
            }
            deficit += missing;
        }
        return deficit <= remaining * windowSlots;
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

    private static byte[] extend(byte[] prefix, int[] combo) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + combo.length);
        for (int j = 0; j < combo.length; j++) {
            out[prefix.length + j] = (byte) combo[j];
        }
        return out;
    }

    private static boolean lexLess(byte[] prefix, int[] combo, byte[] other) {
        for (int i = 0; i < prefix.length; i++) {
            if (prefix[i] != other[i]) {
                return prefix[i] < other[i];
            }
        }
        for (int j = 0; j < combo.length; j++) {
            int o = other[prefix.length + j];
            if (combo[j] != o) {
                return combo[j] < o;
            }
        }
        return false;
    }

    /** A small open-addressing map from a state to its insertion index. */
    static final class LongIndex {
        private long[] keys;
        private int[] slots;
        private long[] order;
        private int size;

        LongIndex(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
            keys = new long[cap];
            slots = new int[cap];
            Arrays.fill(slots, -1);
            order = new long[Math.max(4, expected)];
        }

        int size() {
            return size;
        }

        long keyAt(int index) {
            return order[index];
        }

        int get(long key) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (slots[i] >= 0) {
                if (keys[i] == key) {
                    return slots[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        /** Inserts a new key with the next index and returns that index. */
        int put(long key, int ignored) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (slots[i] >= 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            slots[i] = size;
            if (size == order.length) {
                order = Arrays.copyOf(order, order.length * 2);
            }
            order[size] = key;
            return size++;
        }

        private void grow() {
            long[] oldOrder = Arrays.copyOf(order, size);
            int n = size;
            keys = new long[keys.length * 2];
            slots = new int[keys.length];
            Arrays.fill(slots, -1);
            size = 0;
            for (int i = 0; i < n; i++) {
                put(oldOrder[i], i);
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
