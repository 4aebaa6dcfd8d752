package fi.hoitomalli.team;

import java.util.List;
import java.util.Objects;

/**
 * A planned division of the customer base into pots (asiakaspotit): the assignment of every org unit to
 * one secretary, each pot's figures, the balance of the pots and the churn against the previous
 * assignment.
 *
 * @param assignment the responsible secretary of every unit
 * @param pots one entry per secretary, in the service centre's team and member order; copied
 * @param balance how even the pots are
 * @param churn how many units and customers changed secretary compared with the previous assignment
 */
public record PotPlan(PotAssignment assignment, List<PotLoad> pots, PotBalance balance, PotChurn churn)
        implements PotPlanResult {
    public PotPlan {
        Objects.requireNonNull(assignment, "assignment must not be null");
        pots = List.copyOf(Objects.requireNonNull(pots, "pots must not be null"));
        Objects.requireNonNull(balance, "balance must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
    }
}
