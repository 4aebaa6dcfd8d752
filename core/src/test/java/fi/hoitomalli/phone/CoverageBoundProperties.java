package fi.hoitomalli.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian bound of {@link CoverageDual} is an upper bound on the best completion for any
 * multipliers, at the root and at any partial placement: compared with plain enumeration on small units
 * (PH-4 coverage, PH-5 pairs, long and short days, same start over two days, zero and tied votes). The
 * checker itself is shown to catch an unsound bound: the same bound lowered by one vote fails it.
 */
class CoverageBoundProperties {

    /** One checked instance: the bound and the true best completion (Long.MIN_VALUE = none). */
    private record Checked(long bound, long optimum, String what) {
    }

    @Property(tries = 400)
    void lagrangianBoundIsAtLeastTheBestCompletionForAnyMultipliers(@ForAll long seed) {
        for (Checked c : check(new SplittableRandom(seed), LongUnaryOperator.identity())) {
            if (c.optimum() != Long.MIN_VALUE) {
                assertThat(c.bound()).as(c.what()).isGreaterThanOrEqualTo(c.optimum());
            }
        }
    }

    @Test
    void theCheckerCatchesABoundThatIsOneVoteTooLow() {
        int caught = 0;
        int sound = 0;
        SplittableRandom r = new SplittableRandom(20261127L);
        for (int i = 0; i < 300; i++) {
            long seed = r.nextLong();
            for (Checked c : check(new SplittableRandom(seed), LongUnaryOperator.identity())) {
                if (c.optimum() != Long.MIN_VALUE && c.bound() < c.optimum()) {
                    sound++;
                }
            }
            for (Checked c : check(new SplittableRandom(seed), b -> b - 1)) {
                if (c.optimum() != Long.MIN_VALUE && c.bound() < c.optimum()) {
                    caught++;
                }
            }
        }
        assertThat(sound).as("violations of the real bound").isZero();
        assertThat(caught).as("violations of the bound lowered by one vote").isPositive();
    }

    @Test
    void improvedMultipliersOftenCloseTheGapAtTheRoot() {
        // Not a soundness check: the bound is useful, i.e. tighter than each group's best alone.
        SplittableRandom r = new SplittableRandom(7);
        int tighter = 0;
        int cases = 0;
        for (int i = 0; i < 200; i++) {
            CoverageCases.Unit u = CoverageCases.unit(r, 3, 5, 8);
            long optimum = CoverageCases.bestCompletion(u, 0, unplaced(u));
            if (optimum == Long.MIN_VALUE || !CoverageDual.usable(u.scores(), u.minOnPhone())) {
                continue;
            }
            CoverageDual dual = new CoverageDual(u.unit(), u.groups(), u.scores(), u.pairsApart(), 64);
            int[] d = deficits(u, unplaced(u));
            long plain = Math.floorDiv(dual.evaluate(0, d, new long[d.length]), 64);
            long improved = Math.floorDiv(dual.improve(0, d, new long[d.length], 300, 300, CoverageDual.NO_GOAL), 64);
            assertThat(improved).isGreaterThanOrEqualTo(optimum).isLessThanOrEqualTo(plain);
            cases++;
            if (improved < plain) {
                tighter++;
            }
        }
        assertThat(cases).isGreaterThan(50);
        assertThat(tighter).isPositive();
    }

    /**
     * For one random unit: a random partial placement of the first groups, then the bound for the rest
     * with zero, random, sparse and improved multipliers, each passed through {@code adjust} (in votes).
     */
    private static List<Checked> check(SplittableRandom r, LongUnaryOperator adjust) {
        CoverageCases.Unit u = CoverageCases.unit(r, 1, 4, 10);
        List<Checked> out = new ArrayList<>();
        if (!CoverageDual.usable(u.scores(), u.minOnPhone()) || u.unit().candidates.length == 0) {
            return out;
        }
        int from = r.nextInt(u.groups().size() + 1);
        int[] fixed = unplaced(u);
        int c = u.unit().candidates.length;
        for (int g = 0; g < from; g++) {
            int[] members = u.groups().get(g).members();
            for (int attempt = 0; attempt < 20; attempt++) {
                for (int member : members) {
                    fixed[member] = r.nextInt(c);
                }
                if (members.length == 1 || u.apart(fixed[members[0]], fixed[members[1]])) {
                    break;
                }
            }
            if (members.length == 2 && !u.apart(fixed[members[0]], fixed[members[1]])) {
                return out; // no separated pair found: the search would never build this prefix
            }
        }
        long optimum = CoverageCases.bestCompletion(u, from, fixed);
        long scale = 1 + r.nextInt(64);
        CoverageDual dual = new CoverageDual(u.unit(), u.groups(), u.scores(), u.pairsApart(), scale);
        int[] d = deficits(u, fixed);
        int slots = d.length;
        List<long[]> multipliers = new ArrayList<>();
        multipliers.add(new long[slots]);
        long[] random = new long[slots];
        long[] sparse = new long[slots];
        for (int s = 0; s < slots; s++) {
            random[s] = r.nextInt((int) (40 * scale));
            sparse[s] = r.nextInt(4) == 0 ? r.nextInt((int) (400 * scale)) : 0;
        }
        multipliers.add(random);
        multipliers.add(sparse);
        for (long[] lambda : multipliers) {
            long l = dual.evaluate(from, d, lambda.clone());
            out.add(new Checked(adjust.applyAsLong(Math.floorDiv(l, scale)), optimum,
                    "λ " + Arrays.toString(lambda) + " from " + from + " fixed " + Arrays.toString(fixed) + " " + u));
        }
        for (long[] lambda : multipliers) {
            long[] start = lambda.clone();
            long goal = r.nextBoolean() ? CoverageDual.NO_GOAL : scale * Math.max(0, optimum == Long.MIN_VALUE ? 0 : optimum);
            long l = dual.improve(from, d, start, r.nextInt(60), 1 + r.nextInt(60), goal);
            out.add(new Checked(adjust.applyAsLong(Math.floorDiv(l, scale)), optimum,
                    "improved from λ " + Arrays.toString(lambda) + " to " + Arrays.toString(start) + " from " + from
                            + " fixed " + Arrays.toString(fixed) + " " + u));
            // the multipliers left behind give the returned value on their own
            assertThat(dual.evaluate(from, d, start)).isEqualTo(l);
        }
        return out;
    }

    private static int[] unplaced(CoverageCases.Unit u) {
        int[] out = new int[u.members()];
        Arrays.fill(out, -1);
        return out;
    }

    private static int[] deficits(CoverageCases.Unit u, int[] fixed) {
        int[] cov = u.coverage(fixed);
        int[] d = new int[cov.length];
        for (int s = 0; s < d.length; s++) {
            d[s] = Math.max(0, u.minOnPhone() - cov[s]);
        }
        return d;
    }
}
