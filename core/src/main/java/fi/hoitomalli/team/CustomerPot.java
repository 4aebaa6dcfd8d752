package fi.hoitomalli.team;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;

/**
 * A secretary's customer pot (asiakaspotti): the named customers she handles. In Vantaa about 300–400
 * employees and 10–40 supervisors.
 *
 * @param secretary the responsible secretary
 * @param units the org units in the pot
 * @param customers the customers working in those units
 */
public record CustomerPot(SecretaryId secretary, List<OrgUnitId> units, List<Customer> customers) {
    public CustomerPot {
        Objects.requireNonNull(secretary, "secretary must not be null");
        units = ImmutableList.copyOf(Objects.requireNonNull(units, "units must not be null"));
        customers = ImmutableList.copyOf(Objects.requireNonNull(customers, "customers must not be null"));
    }

    /** How many customers of the role the pot has. */
    public long count(Role role) {
        return customers.stream().filter(c -> c.role() == role).count();
    }
}
