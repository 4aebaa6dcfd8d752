package fi.hoitomalli.segment;

import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The customers whose unit is a service-centre customer (palvelukeskusasiakas): the unit's effective
 * status, inherited down the org tree unless a unit overrides it. Combine with {@link Not} for the
 * others.
 */
public record ServiceCentreCustomer() implements Segment {

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return org.isServiceCentreCustomer(customer.unit());
    }
}
