package fi.hoitomalli.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The search with the Lagrangian bound gives exactly what the search without it gives, and both what plain
 * enumeration gives: the optimum, and the lexicographically smallest optimal start vector in group order
 * (PH-8's tie-break), or nothing when no placement covers every slot (PH-4) with pairs apart (PH-5).
 */
class CoverageSearchProperties {

    @Property(tries = 300)
    void searchEqualsEnumerationOnSmallUnits(@ForAll long seed) {
        CoverageCases.Unit u = CoverageCases.unit(new SplittableRandom(seed), 1, 5, 10);
        CoverageSearch.Best best = new CoverageSearch(u.unit(), u.minOnPhone()).solve(u.groups(), u.scores(), u.pairsApart());
        int[] expected = smallestOptimal(u);
        if (expected == null) {
            assertThat(best).as(u.toString()).isNull();
            return;
        }
        assertThat(best).as(u.toString()).isNotNull();
        assertThat(best.startIndex()).as(u.toString()).containsExactly(expected);
        long score = 0;
        for (int i = 0; i < expected.length; i++) {
            score += u.scores()[i][expected[i]];
        }
        assertThat(best.score()).isEqualTo(score);
    }

    @Property(tries = 120)
    void searchWithTheLagrangianBoundEqualsTheSearchWithoutIt(@ForAll long seed) {
        CoverageCases.Unit u = CoverageCases.unit(new SplittableRandom(seed), 5, 9, 14);
        CoverageSearch search = new CoverageSearch(u.unit(), u.minOnPhone());
        CoverageSearch.Best with = search.solve(u.groups(), u.scores(), u.pairsApart(), true);
        CoverageSearch.Best without = search.solve(u.groups(), u.scores(), u.pairsApart(), false);
        if (without == null) {
            assertThat(with).as(u.toString()).isNull();
            return;
        }
        assertThat(with).as(u.toString()).isNotNull();
        assertThat(with.score()).as(u.toString()).isEqualTo(without.score());
        assertThat(with.startIndex()).as(u.toString()).containsExactly(without.startIndex());
    }

    /**
     * Plain enumeration in lexicographic order of the start vector in group order; the first best is the
     * tie-break's answer. Returned per member (candidate indexes).
     */
    private static int[] smallestOptimal(CoverageCases.Unit u) {
        int n = u.members();
        int[] order = new int[n];
        int k = 0;
        for (CoverageSearch.Group g : u.groups()) {
            for (int member : g.members()) {
                order[k++] = member;
            }
        }
        int c = u.unit().candidates.length;
        long combos = 1;
        for (int i = 0; i < n; i++) {
            combos *= c;
        }
        long best = -1;
        int[] bestStarts = null;
        int[] starts = new int[n];
        for (long code = 0; code < combos; code++) {
            long rest = code;
            for (int i = n - 1; i >= 0; i--) {
                starts[order[i]] = (int) (rest % c);
                rest /= c;
            }
            if (!CoverageCases.valid(u, starts)) {
                continue;
            }
            long score = 0;
            for (int i = 0; i < n; i++) {
                score += u.scores()[i][starts[i]];
            }
            if (score > best) {
                best = score;
                bestStarts = starts.clone();
            }
        }
        return bestStarts;
    }
}
