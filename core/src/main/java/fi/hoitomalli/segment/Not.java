package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The complement (not) of a segment: the customers outside it.
 *
 * @param segment the negated segment, not null
 */
public record Not(Segment segment) implements Segment {
    public Not {
        Objects.requireNonNull(segment, "segment must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return !segment.contains(customer, org);
    }
}
