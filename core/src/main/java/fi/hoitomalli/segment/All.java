package fi.hoitomalli.segment;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The conjunction (and) of segments: the customers in every part. With no parts it is everyone.
 *
 * @param parts the segments, copied; not null and without null elements
 */
public record All(List<Segment> parts) implements Segment {
    public All {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts must not be null"));
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        for (Segment part : parts) {
            if (!part.contains(customer, org)) {
                return false;
            }
        }
        return true;
    }
}
