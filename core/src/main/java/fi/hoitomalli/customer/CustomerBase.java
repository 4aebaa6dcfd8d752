package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of the customer base: the org structure and every customer, indexed by id and
 * unit. Checked on construction: unique customer ids, every customer's unit (and a supervisor's managed
 * units) exists, every employee's supervisor reference names a supervisor or executive in the base.
 */
public final class CustomerBase implements CustomerDirectory {

    private final OrgStructure org;
    private final ImmutableList<Customer> customers;
    private final ImmutableMap<CustomerId, Customer> byId;
    private final ImmutableListMultimap<OrgUnitId, Customer> byUnit;

    private CustomerBase(OrgStructure org, Collection<? extends Customer> customers) {
        this.org = Objects.requireNonNull(org, "org must not be null");
        this.customers = ImmutableList.copyOf(customers);
        ImmutableMap.Builder<CustomerId, Customer> ids = ImmutableMap.builderWithExpectedSize(customers.size());
        ImmutableListMultimap.Builder<OrgUnitId, Customer> units = ImmutableListMultimap.builder();
        for (Customer customer : this.customers) {
            checkArgument(org.unit(customer.unit()).isPresent(), "customer %s works in unknown unit %s",
                    customer.id(), customer.unit());
            if (customer instanceof Supervisor supervisor) {
                supervisor.managedUnits().forEach(u -> checkArgument(org.unit(u).isPresent(),
                        "supervisor %s manages unknown unit %s", supervisor.id(), u));
            }
            ids.put(customer.id(), customer);
            units.put(customer.unit(), customer);
        }
        this.byId = ids.buildOrThrow();
        this.byUnit = units.build();
        for (Customer customer : this.customers) {
            if (customer instanceof Employee employee && employee.supervisor().isPresent()) {
                Customer boss = byId.get(employee.supervisor().get());
                checkArgument(boss != null && boss.role() != Role.EMPLOYEE,
                        "employee %s names %s as supervisor, who is not a supervisor in the base",
                        employee.id(), employee.supervisor().get());
            }
        }
    }

    /**
     * A snapshot of the given structure and customers.
     *
     * @throws IllegalArgumentException if the customers do not fit the structure (see the class comment)
     */
    public static CustomerBase of(OrgStructure org, Collection<? extends Customer> customers) {
        Objects.requireNonNull(customers, "customers must not be null");
        return new CustomerBase(org, customers);
    }

    @Override
    public OrgStructure orgStructure() {
        return org;
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Customer> customers() {
        return customers;
    }

    @Override
    public List<Customer> inUnit(OrgUnitId unit) {
        return byUnit.get(unit);
    }

    /** The number of customers. */
    public int size() {
        return customers.size();
    }
}
