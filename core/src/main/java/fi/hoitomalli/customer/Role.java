package fi.hoitomalli.customer;

/**
 * A customer's role in the care model: the supervisor (esimies) is the primary customer, the employee
 * (palkansaaja) the secondary one, executives (ylempi johto) are served through account plans and the
 * steering group.
 */
public enum Role {
    EMPLOYEE,
    SUPERVISOR,
    EXECUTIVE
}
