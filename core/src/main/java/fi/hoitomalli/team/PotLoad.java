package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The figures of one secretary's pot in a plan.
 *
 * @param secretary the pot's secretary
 * @param team the secretary's team
 * @param units how many org units the pot holds
 * @param employees its employees (palkansaajat)
 * @param supervisors its supervisors (esimiehet)
 * @param executives its executives
 * @param ideal the ideal pot size of the secretary's planning group in customers: all customers of the
 *     sectors the group serves divided by its secretaries
 */
public record PotLoad(SecretaryId secretary, TeamId team, int units, int employees, int supervisors, int executives,
                      double ideal) {
    public PotLoad {
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(team, "team must not be null");
        checkArgument(units >= 0 && employees >= 0 && supervisors >= 0 && executives >= 0 && ideal >= 0,
                "pot figures must not be negative");
    }

    /** All customers of the pot, whatever their role. */
    public int customers() {
        return employees + supervisors + executives;
    }

    /** The pot's size minus the ideal, in customers: positive for a pot larger than the ideal. */
    public double deviation() {
        return customers() - ideal;
    }
}
