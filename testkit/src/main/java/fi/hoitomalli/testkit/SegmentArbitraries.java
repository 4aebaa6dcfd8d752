package fi.hoitomalli.testkit;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.reference.CityGenerator;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.segment.All;
import fi.hoitomalli.segment.AnyOf;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.InSubtree;
import fi.hoitomalli.segment.Not;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.ServiceCentreCustomer;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.segment.UnderAgreement;
import fi.hoitomalli.team.PotPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for segmentation (SEG-1, SEG-2) and for whole generated cities: segments as trees of
 * and/or/not over the attributes of a given org structure, audiences, and cities built by
 * {@code CityGenerator} from drawn seeds and sizes (so a failing property shrinks to a small seed and
 * city). None of them calls {@code sample()}.
 */
public final class SegmentArbitraries {

    private SegmentArbitraries() {
    }

    /**
     * Segments over the sectors and units of {@code org} (plus units it does not have, which have no
     * members), nested up to three levels of {@code All}/{@code AnyOf}/{@code Not}.
     */
    public static Arbitrary<Segment> segmentsOver(OrgStructure org) {
        Objects.requireNonNull(org, "org must not be null");
        return Arbitraries.recursive(() -> leaves(org), SegmentArbitraries::combined, 0, 3);
    }

    /** Segments over the Vantaa reference's structure. */
    public static Arbitrary<Segment> segments() {
        return Arbitraries.lazy(() -> segmentsOver(VantaaReference.city().orgStructure()));
    }

    /** Audiences over the Vantaa reference, reaching supervisors or all members. */
    public static Arbitrary<Audience> audiences() {
        return Combinators.combine(segments(), Arbitraries.of(Audience.Recipients.class)).as(Audience::new);
    }

    /** The attribute predicates of SEG-1 over {@code org}. */
    public static Arbitrary<Segment> leaves(OrgStructure org) {
        List<Sector> sectors = org.sectors();
        List<OrgUnit> units = org.units();
        Arbitrary<Segment> sector = Arbitraries.of(sectors).map(s -> new InSector(s.id()));
        Arbitrary<Segment> subtree = Arbitraries.of(units).map(u -> new InSubtree(u.id()));
        Arbitrary<Segment> role = Arbitraries.of(Role.class).map(HasRole::new);
        Arbitrary<Segment> serviceCentre = Arbitraries.just(new ServiceCentreCustomer());
        Arbitrary<Segment> agreement = Arbitraries.of(CollectiveAgreement.KNOWN)
                .map(a -> new UnderAgreement(a.code()));
        Arbitrary<Segment> language = Arbitraries.of(Language.class).map(SpeaksLanguage::new);
        return Arbitraries.oneOf(sector, subtree, role, serviceCentre, agreement, language);
    }

    private static Arbitrary<Segment> combined(Arbitrary<Segment> inner) {
        Arbitrary<Segment> all = inner.list().ofMaxSize(3).map(All::new);
        Arbitrary<Segment> any = inner.list().ofMaxSize(3).map(AnyOf::new);
        Arbitrary<Segment> not = inner.map(Not::new);
        return Arbitraries.oneOf(all, any, not);
    }

    /**
     * Small Vantaa-shaped cities (1,000–2,800 customers, 100–200 supervisors, at least 12 secretaries) generated from drawn
     * seeds, with pots planned to {@link PotPolicy#VANTAA}. About 10 ms each.
     */
    public static Arbitrary<ReferenceCity> cities() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(100, 200),
                        Arbitraries.integers().between(10, 14))
                .as((seed, supervisors, ratio) -> {
                    int headcount = supervisors * ratio;
                    int secretaries = Math.max(12, (headcount + 199) / 200);
                    return CityGenerator.seeded(seed)
                            .generate(VantaaReference.scaled(headcount, supervisors, secretaries, PotPolicy.VANTAA));
                });
    }
}
