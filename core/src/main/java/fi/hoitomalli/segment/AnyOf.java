package fi.hoitomalli.segment;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The disjunction (or) of segments: the customers in at least one part. With no parts it is no one.
 *
 * @param parts the segments, copied; not null and without null elements
 */
public record AnyOf(List<Segment> parts) implements Segment {
    public AnyOf {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts must not be null"));
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        for (Segment part : parts) {
            if (part.contains(customer, org)) {
                return true;
            }
        }
        return false;
    }
}
