package fi.hoitomalli.team;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.OrgUnitId;

/**
 * The one-handler model as data: which secretary is responsible for each org unit. Every customer of a
 * unit — employees, supervisors and executives alike — goes with the unit, so a unit is never split over
 * secretaries (the problem observed in Vantaa). A secretary's {@link CustomerPot} is derived from it.
 *
 * @param owners the responsible secretary per unit
 */
public record PotAssignment(Map<OrgUnitId, SecretaryId> owners) {
    public PotAssignment {
        owners = ImmutableSortedMap.copyOf(Objects.requireNonNull(owners, "owners must not be null"),
                Comparator.comparing(OrgUnitId::value));
    }

    /** The secretary responsible for the unit. */
    public Optional<SecretaryId> ownerOf(OrgUnitId unit) {
        return Optional.ofNullable(owners.get(unit));
    }

    /** The secretary responsible for the customer (the owner of the customer's unit). */
    public Optional<SecretaryId> ownerOf(Customer customer) {
        return ownerOf(customer.unit());
    }

    /** The secretary's pot: the units assigned to her and the customers working in them. */
    public CustomerPot potOf(SecretaryId secretary, CustomerDirectory directory) {
        List<OrgUnitId> units = owners.entrySet().stream()
                .filter(e -> e.getValue().equals(secretary))
                .map(Map.Entry::getKey)
                .toList();
        List<Customer> customers = units.stream().flatMap(u -> directory.inUnit(u).stream()).toList();
        return new CustomerPot(secretary, units, customers);
    }

    /** The same assignment with one unit moved to another secretary. */
    public PotAssignment with(OrgUnitId unit, SecretaryId secretary) {
        Map<OrgUnitId, SecretaryId> copy = new java.util.HashMap<>(owners);
        copy.put(unit, secretary);
        return new PotAssignment(ImmutableMap.copyOf(copy));
    }
}
