package fi.hoitomalli.customer;

import java.util.List;
import java.util.Optional;

/**
 * Port: the read side of the city's HR master data (henkilöstöhallinnon perustiedot) — the org structure
 * and the customers. The city's own systems (SAP-HR, Hijat, …) sit behind it; {@link CustomerBase} is an
 * immutable in-memory snapshot, and the JDBC adapter stores snapshots.
 */
public interface CustomerDirectory {

    /** The sectors and their org-unit trees. */
    OrgStructure orgStructure();

    /** The customer with the id, if the directory knows it. */
    Optional<Customer> find(CustomerId id);

    /** Every customer, in a stable order (the order of the source). */
    List<Customer> customers();

    /** The customers working in exactly this unit (not its sub-units), in stable order. */
    List<Customer> inUnit(OrgUnitId unit);
}
