package fi.hoitomalli.customer;

import java.util.Optional;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;

/**
 * A customer (asiakas) of the HR service centre: every city employee is one, supervisors are the primary
 * customers. A customer belongs to exactly one org unit; the unit decides the responsible secretary
 * (the one-handler model). Personal identity codes are never part of a customer.
 */
public sealed interface Customer permits Employee, Supervisor, Executive {

    /** The customer's id in the city's HR master data. */
    CustomerId id();

    /** The display name. */
    String name();

    /** The org unit the customer works in. */
    OrgUnitId unit();

    /** The collective agreement that applies to the customer's employment. */
    AgreementCode agreement();

    /** The language the customer is served in. */
    Language language();

    /** The work e-mail address, when the directory has one. */
    Optional<EmailAddress> email();

    /** The customer's role, derived from the type. */
    Role role();
}
