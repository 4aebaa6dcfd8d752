package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.customer.SectorId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The account plan of one sector for one year (asiakkuussuunnitelma),
 * written by the management group and kept alive in the sector's account team. Four sections: general
 * information, relationship description, responsibilities, development actions. Immutable: every
 * {@code with…} method returns a changed copy; {@link AccountPlanEditor} stores it as a new version.
 *
 * @param sector the sector the plan is for
 * @param year the plan year
 * @param general section 1
 * @param relationship section 2
 * @param responsibilities section 3
 * @param development section 4
 */
public record AccountPlan(SectorId sector, Year year, GeneralInformation general,
                          RelationshipDescription relationship, Responsibilities responsibilities,
                          DevelopmentActions development) {
    public AccountPlan {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(year, "year must not be null");
        Objects.requireNonNull(general, "general must not be null");
        Objects.requireNonNull(relationship, "relationship must not be null");
        Objects.requireNonNull(responsibilities, "responsibilities must not be null");
        Objects.requireNonNull(development, "development must not be null");
    }

    /** A plan with all four sections still empty. */
    public static AccountPlan empty(SectorId sector, Year year) {
        return new AccountPlan(sector, year, GeneralInformation.empty(), RelationshipDescription.empty(),
                Responsibilities.empty(), DevelopmentActions.empty());
    }

    /** This plan with section 1 replaced. */
    public AccountPlan withGeneral(GeneralInformation newGeneral) {
        return new AccountPlan(sector, year, newGeneral, relationship, responsibilities, development);
    }

    /** This plan with section 2 replaced. */
    public AccountPlan withRelationship(RelationshipDescription newRelationship) {
        return new AccountPlan(sector, year, general, newRelationship, responsibilities, development);
    }

    /** This plan with section 3 replaced. */
    public AccountPlan withResponsibilities(Responsibilities newResponsibilities) {
        return new AccountPlan(sector, year, general, relationship, newResponsibilities, development);
    }

    /** This plan with section 4 replaced. */
    public AccountPlan withDevelopment(DevelopmentActions newDevelopment) {
        return new AccountPlan(sector, year, general, relationship, responsibilities, newDevelopment);
    }

    /** This plan with the goal added, or replacing the goal of the same id in place. */
    public AccountPlan withGoal(SatisfactionGoal goal) {
        Objects.requireNonNull(goal, "goal must not be null");
        return withDevelopment(new DevelopmentActions(
                upsert(development.goals(), goal, SatisfactionGoal::id), development.actions()));
    }

    /**
     * This plan with the action added, or replacing the action of the same id in place.
     *
     * @throws IllegalArgumentException if the action links to a goal the plan does not have
     */
    public AccountPlan withAction(PlanAction action) {
        Objects.requireNonNull(action, "action must not be null");
        return withDevelopment(new DevelopmentActions(
                development.goals(), upsert(development.actions(), action, PlanAction::id)));
    }

    /**
     * This plan with the action's status changed.
     *
     * @throws IllegalArgumentException if the plan has no such action
     */
    public AccountPlan withActionStatus(ActionId id, ActionStatus status) {
        PlanAction action = development.action(id)
                .orElseThrow(() -> new IllegalArgumentException("no action " + id + " in the plan of " + sector));
        return withAction(action.withStatus(status));
    }

    /**
     * This plan with a new current value for the goal (a computed or a hand-entered one).
     *
     * @throws IllegalArgumentException if the plan has no such goal
     */
    public AccountPlan withMeasurement(GoalId id, Measurement measurement) {
        SatisfactionGoal goal = development.goal(id)
                .orElseThrow(() -> new IllegalArgumentException("no goal " + id + " in the plan of " + sector));
        return withGoal(goal.measured(measurement));
    }

    /** A short name of the plan for messages, e.g. {@code "account plan SIVI/2027"}. */
    public String subject() {
        return "account plan " + sector + "/" + year;
    }

    private static <T, K> List<T> upsert(List<T> items, T item, Function<T, K> key) {
        List<T> result = new ArrayList<>(items);
        K id = key.apply(item);
        for (int i = 0; i < result.size(); i++) {
            if (key.apply(result.get(i)).equals(id)) {
                result.set(i, item);
                return result;
            }
        }
        checkArgument(result.add(item));
        return result;
    }
}
