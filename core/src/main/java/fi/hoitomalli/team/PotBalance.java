package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How even the pots of a plan are. Deviations are measured in customers against the ideal of each
 * pot's planning group (see {@link PotLoad#ideal()}).
 *
 * @param maxDeviation the largest absolute deviation of a pot from its ideal
 * @param maxRelativeDeviation the same as a fraction of that pot's ideal
 * @param largestPot the customers of the largest pot
 * @param smallestPot the customers of the smallest pot
 * @param potsBelowTarget how many pots have fewer employees or supervisors than the policy's targets
 */
public record PotBalance(double maxDeviation, double maxRelativeDeviation, int largestPot, int smallestPot,
                         int potsBelowTarget) {
    public PotBalance {
        checkArgument(maxDeviation >= 0 && maxRelativeDeviation >= 0, "deviations must not be negative");
        checkArgument(smallestPot >= 0 && largestPot >= smallestPot, "pot sizes must satisfy 0 <= smallest <= largest");
        checkArgument(potsBelowTarget >= 0, "potsBelowTarget must not be negative");
    }
}
