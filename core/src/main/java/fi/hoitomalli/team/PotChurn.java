package fi.hoitomalli.team;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a new plan changes for customers (potin vaihtuvuus): the units that got a different secretary
 * than in the previous assignment and the customers working in them. Units new to the plan are not
 * counted; units of a secretary who left are, because their customers get a new secretary.
 *
 * @param unitsMoved the units whose secretary changed
 * @param customersMoved the customers whose secretary changed
 */
public record PotChurn(int unitsMoved, int customersMoved) {

    /** No changes. */
    public static final PotChurn NONE = new PotChurn(0, 0);

    public PotChurn {
        checkArgument(unitsMoved >= 0 && customersMoved >= 0, "churn must not be negative");
    }
}
