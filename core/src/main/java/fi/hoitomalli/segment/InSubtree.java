package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnitId;

/**
 * The customers working in an org unit (toimintayksikkö) or anywhere below it in the tree. A root that
 * the structure does not know has no members.
 *
 * @param root the top of the subtree, not null
 */
public record InSubtree(OrgUnitId root) implements Segment {
    public InSubtree {
        Objects.requireNonNull(root, "root must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return org.isWithin(customer.unit(), root);
    }
}
