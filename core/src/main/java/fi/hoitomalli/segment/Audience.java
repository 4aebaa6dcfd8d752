package fi.hoitomalli.segment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.Role;

/**
 * The audience (kohderyhmä) of a message, rule SEG-2: a segment narrowed to the roles that receive the
 * message — supervisors (esimiehet) by default, because they are the primary customers and pass
 * employee matters on — and resolved against a directory to recipients that are de-duplicated and in a
 * stable order.
 *
 * @param segment who the message is about, not null
 * @param roles the roles that receive it, at least one; copied
 */
public record Audience(Segment segment, Set<Role> roles) {

    /** Recipients are ordered by customer id, so the order does not depend on the directory's order. */
    public static final Comparator<Customer> STABLE_ORDER = Comparator.comparing(c -> c.id().value());

    public Audience {
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(roles, "roles must not be null");
        checkArgument(!roles.isEmpty(), "an audience reaches at least one role");
        roles = Sets.immutableEnumSet(roles);
    }

    /** The default audience of a segment: its supervisors only (SEG-2). */
    public static Audience of(Segment segment) {
        return new Audience(segment, EnumSet.of(Role.SUPERVISOR));
    }

    /** Every customer of the segment, whatever the role. */
    public static Audience allRolesOf(Segment segment) {
        return new Audience(segment, EnumSet.allOf(Role.class));
    }

    /** Whether the customer is a recipient: in the segment and in one of the roles. */
    public boolean includes(Customer customer, OrgStructure org) {
        return roles.contains(customer.role()) && segment.contains(customer, org);
    }

    /**
     * The recipients in the directory: every customer the audience includes, each once (by id, the
     * first the directory lists wins), ordered by customer id.
     *
     * @throws NullPointerException if the directory is null
     */
    public List<Customer> resolve(CustomerDirectory directory) {
        OrgStructure org = directory.orgStructure();
        Set<CustomerId> seen = new HashSet<>();
        List<Customer> out = new ArrayList<>();
        for (Customer customer : directory.customers()) {
            if (includes(customer, org) && seen.add(customer.id())) {
                out.add(customer);
            }
        }
        out.sort(STABLE_ORDER);
        return List.copyOf(out);
    }
}
