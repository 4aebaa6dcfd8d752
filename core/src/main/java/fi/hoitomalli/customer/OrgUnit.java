package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * An operating unit (toimintayksikkö / tulosyksikkö) in a sector's org tree. A root unit has no parent.
 * Its service-centre status is inherited down the tree unless a unit overrides it; see
 * {@link OrgStructure#isServiceCentreCustomer(OrgUnitId)}.
 *
 * @param id the unit's id
 * @param sector the sector the unit belongs to
 * @param parent the parent unit, empty for a root unit of the sector
 * @param name the unit's name (proper name, not translated): a name under the {@link TextPolicy}
 * @param serviceCentre the unit's own declaration of its service-centre status
 */
public record OrgUnit(OrgUnitId id, SectorId sector, Optional<OrgUnitId> parent, String name,
                      ServiceCentreStatus serviceCentre) {
    /**
     * @throws IllegalArgumentException if the name is not a name under the {@link TextPolicy} or the unit is
     *     its own parent
     */
    public OrgUnit {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(parent, "parent must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(serviceCentre, "serviceCentre must not be null");
        TextPolicy.requireName(name, "unit name (" + id + ")");
        checkArgument(parent.map(p -> !p.equals(id)).orElse(true), "unit %s cannot be its own parent", id);
    }

    /** A root unit of a sector that inherits the sector's service-centre status. */
    public static OrgUnit root(OrgUnitId id, SectorId sector, String name) {
        return new OrgUnit(id, sector, Optional.empty(), name, ServiceCentreStatus.INHERIT);
    }

    /** A sub-unit that inherits its parent's service-centre status. */
    public static OrgUnit child(OrgUnitId id, OrgUnit parent, String name) {
        return new OrgUnit(id, parent.sector(), Optional.of(parent.id()), name, ServiceCentreStatus.INHERIT);
    }

    /** The same unit with its own service-centre declaration. */
    public OrgUnit withServiceCentre(ServiceCentreStatus status) {
        return new OrgUnit(id, sector, parent, name, status);
    }
}
