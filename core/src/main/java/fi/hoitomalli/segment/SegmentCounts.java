package fi.hoitomalli.segment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;

/**
 * Member counts of several segments (segmenttien koot), computed in one pass over the directory —
 * what targeted communication and service development per group start from.
 *
 * @param counts one count per segment, in the order asked; copied
 */
public record SegmentCounts(List<SegmentCount> counts) {

    private static final Role[] ROLES = Role.values();

    public SegmentCounts {
        counts = List.copyOf(Objects.requireNonNull(counts, "counts must not be null"));
    }

    /**
     * The counts of the given segments in one pass over the directory (each customer is tested against
     * each segment). Duplicate segments are counted once each.
     *
     * @throws NullPointerException if an argument is null
     */
    public static SegmentCounts of(CustomerDirectory directory, Collection<? extends Segment> segments) {
        List<Segment> list = List.copyOf(segments);
        OrgStructure org = directory.orgStructure();
        long[] n = new long[list.size()];
        for (Customer customer : directory.customers()) {
            for (int i = 0; i < n.length; i++) {
                if (list.get(i).contains(customer, org)) {
                    n[i]++;
                }
            }
        }
        List<SegmentCount> out = new ArrayList<>(list.size());
        for (int i = 0; i < n.length; i++) {
            out.add(new SegmentCount(list.get(i), n[i]));
        }
        return new SegmentCounts(out);
    }

    /**
     * Every sector × role × agreement segment ({@code allOf(InSector, HasRole, UnderAgreement)}) with its
     * count, including empty cells, in the order sectors (as the structure lists them) × roles × agreements
     * (in order of first appearance in the directory). One pass that looks each customer's unit up once
     * and adds it to a cell — instead of testing each of the segments against each customer — so that a
     * million customers are counted in well under a second.
     *
     * @throws NullPointerException if the directory is null
     * @throws IllegalArgumentException if a customer's unit is not in the directory's structure
     */
    public static SegmentCounts bySectorRoleAgreement(CustomerDirectory directory) {
        OrgStructure org = directory.orgStructure();
        List<Sector> sectors = org.sectors();
        Map<SectorId, Integer> sectorIndex = new HashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            sectorIndex.put(sectors.get(i).id(), i);
        }
        Map<OrgUnitId, Integer> unitSector = new HashMap<>(org.units().size() * 2);
        for (OrgUnit unit : org.units()) {
            unitSector.put(unit.id(), sectorIndex.get(unit.sector()));
        }
        int cellsPerAgreement = sectors.size() * ROLES.length;
        Map<AgreementCode, Integer> agreementIndex = new HashMap<>();
        List<AgreementCode> agreements = new ArrayList<>();
        List<long[]> cells = new ArrayList<>();
        for (Customer customer : directory.customers()) {
            Integer sector = unitSector.get(customer.unit());
            if (sector == null) {
                throw new IllegalArgumentException("customer " + customer.id() + " works in unknown unit "
                        + customer.unit());
            }
            Integer agreement = agreementIndex.get(customer.agreement());
            if (agreement == null) {
                agreement = agreements.size();
                agreementIndex.put(customer.agreement(), agreement);
                agreements.add(customer.agreement());
                cells.add(new long[cellsPerAgreement]);
            }
            cells.get(agreement)[sector * ROLES.length + customer.role().ordinal()]++;
        }
        ImmutableList.Builder<SegmentCount> out = ImmutableList.builder();
        for (int s = 0; s < sectors.size(); s++) {
            for (int r = 0; r < ROLES.length; r++) {
                for (int a = 0; a < agreements.size(); a++) {
                    Segment segment = cell(sectors.get(s).id(), ROLES[r], agreements.get(a));
                    out.add(new SegmentCount(segment, cells.get(a)[s * ROLES.length + r]));
                }
            }
        }
        return new SegmentCounts(out.build());
    }

    /** The segment of one sector × role × agreement cell, as {@link #bySectorRoleAgreement} names it. */
    public static Segment cell(SectorId sector, Role role, AgreementCode agreement) {
        return new All(List.of(new InSector(sector), new HasRole(role), new UnderAgreement(agreement)));
    }

    /** The count of the segment, if it was counted. */
    public OptionalLong count(Segment segment) {
        Objects.requireNonNull(segment, "segment must not be null");
        return counts.stream().filter(c -> c.segment().equals(segment)).mapToLong(SegmentCount::count).findFirst();
    }

    /** The sum of all counts (a customer is in exactly one cell of {@link #bySectorRoleAgreement}). */
    public long total() {
        return counts.stream().mapToLong(SegmentCount::count).sum();
    }
}
