package fi.hoitomalli.benchmarks.archfixture;

import fi.hoitomalli.team.internal.PotSearch;

/** Breaks the benchmarks' rules on purpose: uses core's internal pot search. Test fixture only. */
final class UsesInternal {

    private UsesInternal() {
    }

    static int[] plan() {
        return new PotSearch(new int[] {3, 2}, new int[] {-1, -1}, 2).placeRemainingLargestFirst().owners();
    }
}
