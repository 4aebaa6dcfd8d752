package fi.hoitomalli.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Supervisor;

/**
 * The audience (kohderyhmä) of a message, rule SEG-2: a segment resolved to recipients. By default the
 * recipients are supervisors (esimiehet) — the primary customers, who pass employee matters on — so a
 * message about the teachers of a sector reaches the teachers' supervisors; optionally the segment's
 * members themselves, whatever their role. Either way every recipient appears once, in a stable order
 * (by customer id), whatever the directory's order.
 *
 * @param segment who the message is about, not null
 * @param recipients whom it reaches, not null
 */
public record Audience(Segment segment, Recipients recipients) {

    /** Recipients are ordered by customer id, so the order does not depend on the directory's order. */
    public static final Comparator<Customer> STABLE_ORDER = Comparator.comparing(c -> c.id().value());

    /** Whom an audience reaches. */
    public enum Recipients {
        /**
         * Supervisors: a supervisor in the segment is a recipient herself; an employee in it is reached
         * through her own supervisor (the directory's supervisor reference, or when it has none or names
         * someone who is not a supervisor, the supervisors who manage her unit). Executives in the
         * segment are not reached: they are served through account plans and the steering group.
         */
        SUPERVISORS,
        /** Every member of the segment, whatever the role. */
        ALL_MEMBERS
    }

    public Audience {
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(recipients, "recipients must not be null");
    }

    /** The default audience of a segment: the supervisors it reaches (SEG-2). */
    public static Audience of(Segment segment) {
        return new Audience(segment, Recipients.SUPERVISORS);
    }

    /** Every member of the segment, whatever the role. */
    public static Audience allRolesOf(Segment segment) {
        return new Audience(segment, Recipients.ALL_MEMBERS);
    }

    /**
     * The recipients in the directory: each once (by id; the first the directory lists wins), ordered by
     * customer id.
     *
     * @throws NullPointerException if the directory is null
     */
    public List<Customer> resolve(CustomerDirectory directory) {
        OrgStructure org = directory.orgStructure();
        Map<CustomerId, Customer> out = new LinkedHashMap<>();
        Managers managers = new Managers(directory);
        for (Customer customer : directory.customers()) {
            if (!segment.contains(customer, org)) {
                continue;
            }
            switch (recipients) {
                case ALL_MEMBERS -> out.putIfAbsent(customer.id(), customer);
                case SUPERVISORS -> managers.reaching(customer).forEach(s -> out.putIfAbsent(s.id(), s));
            }
        }
        List<Customer> sorted = new ArrayList<>(out.values());
        sorted.sort(STABLE_ORDER);
        return List.copyOf(sorted);
    }

    /** Finds the supervisors through whom a customer is reached; indexes units only when needed. */
    private static final class Managers {
        private final CustomerDirectory directory;
        private Map<OrgUnitId, List<Supervisor>> byUnit;

        Managers(CustomerDirectory directory) {
            this.directory = directory;
        }

        List<Supervisor> reaching(Customer customer) {
            if (customer instanceof Supervisor supervisor) {
                return List.of(supervisor);
            }
            if (customer instanceof Employee employee) {
                Optional<Customer> own = employee.supervisor().flatMap(directory::find);
                if (own.isPresent() && own.get() instanceof Supervisor supervisor) {
                    return List.of(supervisor);
                }
                return ofUnit(employee.unit());
            }
            return List.of();
        }

        private List<Supervisor> ofUnit(OrgUnitId unit) {
            if (byUnit == null) {
                byUnit = new LinkedHashMap<>();
                for (Customer c : directory.customers()) {
                    if (c instanceof Supervisor s) {
                        s.managedUnits().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(s));
                    }
                }
            }
            return byUnit.getOrDefault(unit, List.of());
        }
    }
}
