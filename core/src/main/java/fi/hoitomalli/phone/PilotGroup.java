package fi.hoitomalli.phone;

import java.util.Objects;
import java.util.Set;
import com.google.common.collect.ImmutableSet;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.segment.Segment;

/**
 * The pilot group (pilottiryhmä, PH-9) for whom a new phone plan is enabled first: everyone, the customers of
 * a {@link Segment}, or an explicit list of customers. Customers outside the group keep the previous
 * arrangement (see {@link ReachabilityIndex#build(java.util.List, java.util.List, fi.hoitomalli.team.PotAssignment,
 * fi.hoitomalli.customer.CustomerDirectory, PilotGroup, java.util.List)}).
 */
public sealed interface PilotGroup permits PilotGroup.Everyone, PilotGroup.InSegment, PilotGroup.Listed {

    /**
     * Whether the customer is in the pilot group.
     *
     * @param customer the customer, not null
     * @param org the directory's org structure (segments over org units need it), not null
     */
    boolean includes(Customer customer, OrgStructure org);

    /** Every customer: the plan is enabled for all (no pilot). */
    static PilotGroup everyone() {
        return new Everyone();
    }

    /** The plan is enabled for everyone. */
    record Everyone() implements PilotGroup {
        @Override
        public boolean includes(Customer customer, OrgStructure org) {
            Objects.requireNonNull(customer, "customer must not be null");
            return true;
        }
    }

    /**
     * The plan is enabled for the customers of a segment, computed from the directory when the index is built.
     *
     * @param segment the pilot segment, not null
     */
    record InSegment(Segment segment) implements PilotGroup {
        public InSegment {
            Objects.requireNonNull(segment, "segment must not be null");
        }

        @Override
        public boolean includes(Customer customer, OrgStructure org) {
            return segment.contains(customer, org);
        }
    }

    /**
     * The plan is enabled for exactly these customers.
     *
     * @param customers the pilot customers, not null, copied
     */
    record Listed(Set<CustomerId> customers) implements PilotGroup {
        public Listed {
            customers = ImmutableSet.copyOf(Objects.requireNonNull(customers, "customers must not be null"));
        }

        @Override
        public boolean includes(Customer customer, OrgStructure org) {
            return customers.contains(customer.id());
        }
    }
}
