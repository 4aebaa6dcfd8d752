package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;


/**
 * The certificate that a schedule is optimal for PH-8. {@code upperBound} is the maximum found by an
 * exhaustive branch-and-bound over every combination of window starts (per weekday, or per week when the
 * start is the same all week), grouped by substitute pair, with coverage states capped at
 * {@code minOnPhone}, that skips only subtrees whose upper bound cannot beat the best found;
 * {@code objective} is the template's own score recomputed from the votes. They are
 * equal by construction (checked here). {@code relaxedBound} is the simple bound that ignores coverage
 * (every pair takes its best non-overlapping windows) and shows how much coverage cost.
 *
 * @param objective the votes inside the template's windows
 * @param upperBound the best score any template satisfying PH-1 … PH-5 can have
 * @param relaxedBound the bound ignoring PH-4, at least {@code upperBound}
 * @param statesExplored search nodes visited (partial placements), over both passes and all units
 */
public record OptimalityProof(long objective, long upperBound, long relaxedBound, long statesExplored) {
    public OptimalityProof {
        checkArgument(objective == upperBound, "not a proof: objective %s differs from the bound %s", objective, upperBound);
        checkArgument(relaxedBound >= upperBound, "relaxed bound %s below the exact bound %s", relaxedBound, upperBound);
        checkArgument(statesExplored >= 0, "states explored must not be negative");
    }

    /** Always true for a constructed proof: the objective equals the exhaustive bound. */
    public boolean proven() {
        return objective == upperBound;
    }

    @Override
    public String toString() {
        return "objective " + objective + " = bound " + upperBound + " (relaxed " + relaxedBound + ", "
                + statesExplored + " states)";
    }

}
