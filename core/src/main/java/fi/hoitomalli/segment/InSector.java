package fi.hoitomalli.segment;

import java.util.Objects;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.SectorId;

/**
 * The customers working in a sector (toimiala).
 *
 * @param sector the sector, not null
 */
public record InSector(SectorId sector) implements Segment {
    public InSector {
        Objects.requireNonNull(sector, "sector must not be null");
    }

    @Override
    public boolean contains(Customer customer, OrgStructure org) {
        return org.sectorOf(customer.unit()).equals(sector);
    }
}
