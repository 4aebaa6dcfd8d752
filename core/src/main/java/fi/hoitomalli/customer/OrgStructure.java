package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The city's sectors and the org-unit tree inside each one (organisaatiorakenne). Immutable; built once
 * from the directory and then queried by segmentation, pot planning and access control.
 *
 * <p>Checked on construction: unique ids, every parent exists and lies in the same sector, no cycles.
 * Subtree membership is answered in constant time (pre/post numbering of the tree), and each unit's
 * effective service-centre status is computed once: a unit's own {@link ServiceCentreStatus} wins,
 * {@code INHERIT} takes the parent's status, and a root takes its sector's.
 */
public final class OrgStructure {

    private final ImmutableMap<SectorId, Sector> sectors;
    private final ImmutableMap<OrgUnitId, OrgUnit> units;
    private final ImmutableListMultimap<OrgUnitId, OrgUnit> children;
    private final ImmutableListMultimap<SectorId, OrgUnit> roots;
    private final Map<OrgUnitId, int[]> interval;
    private final Map<OrgUnitId, Boolean> serviceCentre;

    private OrgStructure(Collection<Sector> sectorList, Collection<OrgUnit> unitList) {
        ImmutableMap.Builder<SectorId, Sector> sectorBuilder = ImmutableMap.builder();
        sectorList.forEach(s -> sectorBuilder.put(s.id(), s));
        this.sectors = sectorBuilder.buildOrThrow();
        ImmutableMap.Builder<OrgUnitId, OrgUnit> unitBuilder = ImmutableMap.builder();
        unitList.forEach(u -> unitBuilder.put(u.id(), u));
        this.units = unitBuilder.buildOrThrow();

        ImmutableListMultimap.Builder<OrgUnitId, OrgUnit> childBuilder = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<SectorId, OrgUnit> rootBuilder = ImmutableListMultimap.builder();
        for (OrgUnit unit : unitList) {
            checkArgument(sectors.containsKey(unit.sector()), "unit %s names unknown sector %s",
                    unit.id(), unit.sector());
            if (unit.parent().isPresent()) {
                OrgUnit parent = units.get(unit.parent().get());
                checkArgument(parent != null, "unit %s names unknown parent %s", unit.id(), unit.parent().get());
                checkArgument(parent.sector().equals(unit.sector()),
                        "unit %s is in sector %s but its parent %s is in %s",
                        unit.id(), unit.sector(), parent.id(), parent.sector());
                childBuilder.put(parent.id(), unit);
            } else {
                rootBuilder.put(unit.sector(), unit);
            }
        }
        this.children = childBuilder.build();
        this.roots = rootBuilder.build();
        this.interval = new HashMap<>(units.size() * 2);
        this.serviceCentre = new HashMap<>(units.size() * 2);
        number();
        checkArgument(interval.size() == units.size(), "the org tree has a cycle: %s unit(s) are not under any root",
                units.size() - interval.size());
    }

    /**
     * The structure of the given sectors and units.
     *
     * @throws IllegalArgumentException on duplicate ids, unknown parents or sectors, cross-sector parents or cycles
     */
    public static OrgStructure of(Collection<Sector> sectors, Collection<OrgUnit> units) {
        Objects.requireNonNull(sectors, "sectors must not be null");
        Objects.requireNonNull(units, "units must not be null");
        return new OrgStructure(sectors, units);
    }

    private void number() {
        int counter = 0;
        for (Sector sector : sectors.values()) {
            for (OrgUnit root : roots.get(sector.id())) {
                counter = numberTree(root, sector.serviceCentreCustomer(), counter);
            }
        }
    }

    /** Iterative depth-first numbering: deep trees must not overflow the stack. */
    private int numberTree(OrgUnit root, boolean sectorStatus, int start) {
        int counter = start;
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, sectorStatus, Boolean.FALSE});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            OrgUnit unit = (OrgUnit) frame[0];
            if ((Boolean) frame[2]) {
                interval.get(unit.id())[1] = counter++;
                continue;
            }
            boolean inherited = (Boolean) frame[1];
            boolean own = switch (unit.serviceCentre()) {
                case INHERIT -> inherited;
                case CUSTOMER -> true;
                case NOT_CUSTOMER -> false;
            };
            serviceCentre.put(unit.id(), own);
            interval.put(unit.id(), new int[] {counter++, -1});
            stack.push(new Object[] {unit, inherited, Boolean.TRUE});
            List<OrgUnit> kids = children.get(unit.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {kids.get(i), own, Boolean.FALSE});
            }
        }
        return counter;
    }

    /** The sectors, in the order given. */
    public ImmutableList<Sector> sectors() {
        return sectors.values().asList();
    }

    /** All units, in the order given. */
    public ImmutableList<OrgUnit> units() {
        return units.values().asList();
    }

    /** The sector with the id. */
    public Optional<Sector> sector(SectorId id) {
        return Optional.ofNullable(sectors.get(id));
    }

    /** The unit with the id. */
    public Optional<OrgUnit> unit(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    /** The unit with the id, which must exist. */
    public OrgUnit requireUnit(OrgUnitId id) {
        OrgUnit unit = units.get(Objects.requireNonNull(id, "id must not be null"));
        checkArgument(unit != null, "unknown org unit %s", id);
        return unit;
    }

    /** The root units of a sector. */
    public ImmutableList<OrgUnit> roots(SectorId sector) {
        return roots.get(sector);
    }

    /** The direct sub-units of a unit. */
    public ImmutableList<OrgUnit> children(OrgUnitId unit) {
        return children.get(unit);
    }

    /** The unit and every unit below it, depth first. */
    public ImmutableList<OrgUnit> subtree(OrgUnitId root) {
        ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
        Deque<OrgUnit> stack = new ArrayDeque<>();
        stack.push(requireUnit(root));
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.pop();
            out.add(unit);
            List<OrgUnit> kids = children.get(unit.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out.build();
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it; constant time. */
    public boolean isWithin(OrgUnitId unit, OrgUnitId ancestor) {
        int[] inner = interval.get(unit);
        int[] outer = interval.get(ancestor);
        return inner != null && outer != null && outer[0] <= inner[0] && inner[1] <= outer[1];
    }

    /** The sector a unit belongs to. */
    public SectorId sectorOf(OrgUnitId unit) {
        return requireUnit(unit).sector();
    }

    /** The unit's effective service-centre status, inherited down the tree unless overridden. */
    public boolean isServiceCentreCustomer(OrgUnitId unit) {
        Boolean status = serviceCentre.get(unit);
        checkArgument(status != null, "unknown org unit %s", unit);
        return status;
    }
}
