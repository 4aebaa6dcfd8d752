package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.Sector;

/**
 * A sector (toimiala) of a generated city and its size. The headcount counts every customer of the
 * sector — employees, supervisors and executives — because every city employee is a customer.
 *
 * @param sector the sector
 * @param headcount all customers of the sector
 * @param supervisors how many of them are supervisors; each leads one org unit
 * @param executives how many are executives (in the sector's root unit)
 * @param areas the result areas, at least one and at most {@code supervisors}; copied
 */
public record SectorSpec(Sector sector, int headcount, int supervisors, int executives, List<AreaSpec> areas) {
    public SectorSpec {
        Objects.requireNonNull(sector, "sector must not be null");
        areas = List.copyOf(Objects.requireNonNull(areas, "areas must not be null"));
        checkArgument(!areas.isEmpty(), "sector %s needs at least one area", sector.id());
        checkArgument(executives >= 0 && supervisors >= areas.size(),
                "sector %s needs at least one supervisor per area and no negative counts", sector.id());
        checkArgument((long) supervisors + executives <= headcount,
                "sector %s: supervisors and executives exceed the headcount %s", sector.id(), headcount);
    }
}
