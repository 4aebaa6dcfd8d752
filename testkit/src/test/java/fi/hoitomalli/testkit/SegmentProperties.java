package fi.hoitomalli.testkit;

import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.InSubtree;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.SegmentCount;
import fi.hoitomalli.segment.SegmentCounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.reference.ReferenceCity;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SEG-1 (segments are predicates combined with and/or/not; the laws of boolean algebra hold for
 * membership) and SEG-2 (audiences are supervisors by default, de-duplicated, in stable order) over
 * cities generated from drawn seeds.
 */
class SegmentProperties {

    record Case(ReferenceCity city, Segment a, Segment b, Segment c) {
        CustomerBase base() {
            return city.customerBase();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return SegmentArbitraries.cities().flatMap(city -> {
            Arbitrary<Segment> segments = SegmentArbitraries.segmentsOver(city.orgStructure());
            return Combinators.combine(segments, segments, segments).as((a, b, c) -> new Case(city, a, b, c));
        });
    }

    private static void sameMembers(CustomerBase base, Segment left, Segment right) {
        assertThat(left.members(base)).as("%s vs %s", left, right).isEqualTo(right.members(base));
    }

    @Property(tries = 15)
    void seg1_deMorganLaws(@ForAll("cases") Case x) {
        sameMembers(x.base(), x.a().and(x.b()).negate(), x.a().negate().or(x.b().negate()));
        sameMembers(x.base(), x.a().or(x.b()).negate(), x.a().negate().and(x.b().negate()));
    }

    @Property(tries = 15)
    void seg1_doubleNegationIdentityAndAnnihilation(@ForAll("cases") Case x) {
        CustomerBase base = x.base();
        sameMembers(base, x.a().negate().negate(), x.a());
        sameMembers(base, x.a().and(Segment.everyone()), x.a());
        sameMembers(base, x.a().or(Segment.none()), x.a());
        sameMembers(base, x.a().and(Segment.none()), Segment.none());
        sameMembers(base, x.a().or(Segment.everyone()), Segment.everyone());
        sameMembers(base, x.a().and(x.a().negate()), Segment.none());
        assertThat(Segment.everyone().count(base)).isEqualTo(base.size());
    }

    @Property(tries = 15)
    void seg1_commutativityAndDistributivity(@ForAll("cases") Case x) {
        CustomerBase base = x.base();
        sameMembers(base, x.a().and(x.b()), x.b().and(x.a()));
        sameMembers(base, x.a().or(x.b()), x.b().or(x.a()));
        sameMembers(base, x.a().and(x.b().or(x.c())), x.a().and(x.b()).or(x.a().and(x.c())));
        sameMembers(base, Segment.allOf(x.a(), x.b(), x.c()), x.a().and(x.b().and(x.c())));
    }

    @Property(tries = 15)
    void seg1_subtreeMembershipIsTheUnitsBelowTheRoot(@ForAll("cases") Case x) {
        OrgStructure org = x.city().orgStructure();
        for (OrgUnit root : org.roots(org.sectors().get(0).id())) {
            Set<OrgUnitId> below = org.subtree(root.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
            assertThat(new InSubtree(root.id()).members(x.base()))
                    .isEqualTo(x.base().customers().stream().filter(c -> below.contains(c.unit())).toList());
        }
    }

    @Property(tries = 10)
    void seg1_theSectorRoleAgreementCubeCountsEachSegment(@ForAll("cases") Case x) {
        SegmentCounts cube = SegmentCounts.bySectorRoleAgreement(x.base());
        assertThat(cube.total()).isEqualTo(x.base().size());
        for (SegmentCount cell : cube.counts()) {
            assertThat(cell.segment().count(x.base())).as("%s", cell.segment()).isEqualTo(cell.count());
        }
    }

    @Property(tries = 15)
    void seg2_defaultAudienceIsTheSupervisorsReachingTheSegmentOnceEachInIdOrder(@ForAll("cases") Case x) {
        List<Customer> recipients = Audience.of(x.a()).resolve(x.base());
        assertThat(recipients).allSatisfy(c -> assertThat(c.role()).isEqualTo(Role.SUPERVISOR));
        assertThat(recipients).extracting(Customer::id).doesNotHaveDuplicates();
        assertThat(recipients).isSortedAccordingTo(Audience.STABLE_ORDER);
        Set<CustomerId> expected = new java.util.HashSet<>();
        for (Customer member : x.a().members(x.base())) {
            if (member.role() == Role.SUPERVISOR) {
                expected.add(member.id());
            } else if (member instanceof Employee employee) {
                expected.add(employee.supervisor().orElseThrow());
            }
        }
        assertThat(recipients).extracting(Customer::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 15)
    void seg2_audienceIsDeduplicatedAndStableWhateverTheDirectorysOrder(@ForAll("cases") Case x) {
        List<Customer> shuffled = new ArrayList<>(x.base().customers());
        shuffled.addAll(shuffled.subList(0, Math.min(50, shuffled.size())));
        Collections.shuffle(shuffled, new Random(shuffled.size()));
        CustomerDirectory messy = directory(x.base(), shuffled);
        Audience all = Audience.allRolesOf(x.a().or(x.b()));
        assertThat(all.resolve(messy)).isEqualTo(all.resolve(x.base()));
        assertThat(all.resolve(messy)).extracting(Customer::id).doesNotHaveDuplicates();
        assertThat(Audience.of(x.a()).resolve(messy)).isEqualTo(Audience.of(x.a()).resolve(x.base()));
    }

    private static CustomerDirectory directory(CustomerBase base, List<Customer> customers) {
        return new CustomerDirectory() {
            @Override
            public OrgStructure orgStructure() {
                return base.orgStructure();
            }

            @Override
            public Optional<Customer> find(CustomerId id) {
                return base.find(id);
            }

            @Override
            public List<Customer> customers() {
                return customers;
            }

            @Override
            public List<Customer> inUnit(OrgUnitId unit) {
                return base.inUnit(unit);
            }
        };
    }
}
