package fi.hoitomalli.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.OrgStructure;

/**
 * A customer segment (asiakassegmentti, rule SEG-1): a predicate over a customer's attributes — sector,
 * org-unit subtree, role, service-centre status, collective agreement and language — combined with
 * {@link All and}, {@link AnyOf or} and {@link Not not}. Membership is always computed from the
 * {@link OrgStructure} and the customer, never stored, so a segment follows the org tree when it
 * changes.
 *
 * <p>Segments are plain values: two segments built the same way are equal. The laws of boolean algebra
 * hold for membership (not for {@code equals}): {@code not(not(s))} has the members of {@code s},
 * {@code everyone()} is the identity of {@code and}, {@code none()} the identity of {@code or}.
 */
public sealed interface Segment
        permits InSector, InSubtree, HasRole, ServiceCentreCustomer, UnderAgreement, SpeaksLanguage, All, AnyOf,
        Not {

    /**
     * Whether the customer belongs to the segment.
     *
     * @param customer the customer, not null
     * @param org the org structure the customer's unit belongs to, not null
     * @throws IllegalArgumentException if the customer's unit is not in {@code org} and the segment needs it
     */
    boolean contains(Customer customer, OrgStructure org);

    /** The segment of every customer (the empty conjunction). */
    static Segment everyone() {
        return new All(List.of());
    }

    /** The segment of no customer (the empty disjunction). */
    static Segment none() {
        return new AnyOf(List.of());
    }

    /** The customers in both this segment and {@code other}. */
    default Segment and(Segment other) {
        return new All(List.of(this, Objects.requireNonNull(other, "other must not be null")));
    }

    /** The customers in this segment or {@code other} (or both). */
    default Segment or(Segment other) {
        return new AnyOf(List.of(this, Objects.requireNonNull(other, "other must not be null")));
    }

    /** The customers not in this segment. */
    default Segment negate() {
        return new Not(this);
    }

    /** The conjunction of the parts; {@link #everyone()} when there are none. */
    static Segment allOf(Segment... parts) {
        return new All(List.of(parts));
    }

    /** The disjunction of the parts; {@link #none()} when there are none. */
    static Segment anyOf(Segment... parts) {
        return new AnyOf(List.of(parts));
    }

    /**
     * The members of the segment in the directory's order (SEG-1: computed, not stored).
     *
     * @throws NullPointerException if the directory is null
     */
    default List<Customer> members(CustomerDirectory directory) {
        OrgStructure org = directory.orgStructure();
        List<Customer> out = new ArrayList<>();
        for (Customer customer : directory.customers()) {
            if (contains(customer, org)) {
                out.add(customer);
            }
        }
        return List.copyOf(out);
    }

    /**
     * How many customers of the directory belong to the segment.
     *
     * @throws NullPointerException if the directory is null
     */
    default long count(CustomerDirectory directory) {
        OrgStructure org = directory.orgStructure();
        long n = 0;
        for (Customer customer : directory.customers()) {
            if (contains(customer, org)) {
                n++;
            }
        }
        return n;
    }
}
