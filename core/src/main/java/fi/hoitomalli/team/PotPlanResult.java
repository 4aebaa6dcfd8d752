package fi.hoitomalli.team;

/**
 * The outcome of pot planning: a {@link PotPlan} or, when the policy's limits cannot be met, a
 * {@link PotPlanInfeasible} that says why. Both are expected business outcomes, not errors.
 */
public sealed interface PotPlanResult permits PotPlan, PotPlanInfeasible {
}
