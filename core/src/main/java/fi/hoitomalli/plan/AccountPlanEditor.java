package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.customer.SectorId;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The service that creates and changes account plans: every change is stored as a new version with
 * author, time (from the given clock) and reason, and is based on the version the editor saw — if
 * somebody saved meanwhile, the change fails with {@link ConcurrentUpdateException} and nothing is lost
 * (the caller reloads, reapplies and saves again).
 */
public final class AccountPlanEditor {

    private final AccountPlans plans;
    private final Clock clock;

    /**
     * @param plans where versions are stored
     * @param clock where change times come from
     */
    public AccountPlanEditor(AccountPlans plans, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Stores a new plan as version 1.
     *
     * @throws ConcurrentUpdateException if the sector already has a plan for that year
     */
    public AccountPlanVersion create(AccountPlan plan, String author, String reason) {
        AccountPlanVersion first = new AccountPlanVersion(plan, 1, author, clock.instant(), reason);
        plans.save(first);
        return first;
    }

    /**
     * Applies the change to the version the caller based it on and stores the result as the next
     * version.
     *
     * @throws ConcurrentUpdateException if {@code basedOn} is no longer the latest version
     * @throws IllegalArgumentException if the change turns the plan into another sector's or year's
     */
    public AccountPlanVersion change(AccountPlanVersion basedOn, UnaryOperator<AccountPlan> change, String author,
                                     String reason) {
        Objects.requireNonNull(basedOn, "basedOn must not be null");
        Objects.requireNonNull(change, "change must not be null");
        AccountPlan changed = Objects.requireNonNull(change.apply(basedOn.plan()), "the change returned null");
        checkArgument(changed.sector().equals(basedOn.plan().sector()) && changed.year().equals(basedOn.plan().year()),
                "a change may not move the plan to another sector or year");
        AccountPlanVersion next = new AccountPlanVersion(changed, basedOn.version() + 1, author, clock.instant(), reason);
        plans.save(next);
        return next;
    }

    /**
     * Starts next year's plan from the current version of this year's (see {@link RollOver}) and stores
     * it as version 1 of the new year.
     *
     * @throws IllegalArgumentException if the sector has no plan for {@code year}
     * @throws ConcurrentUpdateException if next year's plan already exists
     */
    public RollOver rollOver(SectorId sector, Year year, String author) {
        AccountPlanVersion current = plans.current(sector, year).orElseThrow(
                () -> new IllegalArgumentException("no account plan " + sector + "/" + year + " to roll over"));
        RollOver rollOver = RollOver.of(current.plan());
        create(rollOver.next(), author, "rolled over from " + year + " version " + current.version());
        return rollOver;
    }

    /**
     * What changed between two versions of a plan.
     *
     * @throws IllegalArgumentException if either version does not exist
     */
    public PlanDiff diff(SectorId sector, Year year, long fromVersion, long toVersion) {
        List<AccountPlanVersion> history = plans.history(sector, year);
        return PlanDiff.between(version(history, fromVersion), version(history, toVersion));
    }

    private static AccountPlan version(List<AccountPlanVersion> history, long number) {
        return history.stream().filter(v -> v.version() == number).findFirst().map(AccountPlanVersion::plan)
                .orElseThrow(() -> new IllegalArgumentException("no plan version " + number));
    }
}
