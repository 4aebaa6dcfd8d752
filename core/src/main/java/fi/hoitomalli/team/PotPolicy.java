package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The targets of customer pots (asiakaspottien mitoitus) that {@link PotPlanner} plans to. The upper
 * bounds are hard: a pot never holds more, and a unit larger than a pot makes the plan infeasible
 * because units are never split. The lower bounds are targets only: a team with few customers per
 * secretary gets smaller pots, and {@link PotBalance#potsBelowTarget()} reports them.
 *
 * @param minEmployees the target least number of employees per pot, not negative
 * @param maxEmployees the most employees a pot may hold, at least {@code minEmployees} and positive
 * @param minSupervisors the target least number of supervisors per pot, not negative
 * @param maxSupervisors the most supervisors a pot may hold, at least {@code minSupervisors} and positive
 * @param rebalanceThreshold when re-planning, the largest deviation from the ideal pot (as a fraction of
 *     the ideal, 0–1) that is tolerated before units that did not have to move are moved to restore
 *     balance; the trade-off between balance and churn
 */
public record PotPolicy(int minEmployees, int maxEmployees, int minSupervisors, int maxSupervisors,
                        double rebalanceThreshold) {

    /** Vantaa: about 300–400 employees and 10–40 supervisors per secretary; re-balance beyond ±10 %. */
    public static final PotPolicy VANTAA = new PotPolicy(300, 400, 10, 40, 0.10);

    public PotPolicy {
        checkArgument(minEmployees >= 0 && maxEmployees > 0 && minEmployees <= maxEmployees,
                "employee targets must satisfy 0 <= min <= max, max > 0: %s..%s", minEmployees, maxEmployees);
        checkArgument(minSupervisors >= 0 && maxSupervisors > 0 && minSupervisors <= maxSupervisors,
                "supervisor targets must satisfy 0 <= min <= max, max > 0: %s..%s", minSupervisors, maxSupervisors);
        checkArgument(rebalanceThreshold >= 0 && rebalanceThreshold <= 1,
                "rebalanceThreshold must be within 0..1: %s", rebalanceThreshold);
    }
}
