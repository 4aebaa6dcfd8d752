package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.Role;

/**
 * The customers in a role: employees (palkansaajat), supervisors (esimiehet) or executives (johto).
 *
 * @param role the role, not null
 */
public record HasRole(Role role) implements Segment {
    public HasRole {
        Objects.requireNonNull(role, "role must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return customer.role() == role;
    }
}
