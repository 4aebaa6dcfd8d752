package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;

/**
 * The customers under a collective agreement (virka- tai työehtosopimus), e.g. teachers under OVTES.
 *
 * @param agreement the agreement's code, not null
 */
public record UnderAgreement(AgreementCode agreement) implements Segment {
    public UnderAgreement {
        Objects.requireNonNull(agreement, "agreement must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return customer.agreement().equals(agreement);
    }
}
