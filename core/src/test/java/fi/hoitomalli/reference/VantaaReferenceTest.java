package fi.hoitomalli.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.SecretaryId;

/** The Vantaa reference numbers (docs/customers-and-import.md, "Reference data") hold exactly. */
class VantaaReferenceTest {

    private static final ReferenceCity CITY = VantaaReference.city();

    @Test
    void reference_sectorHeadcountsAre2009Figures() {
        OrgStructure org = CITY.orgStructure();
        Map<SectorId, Long> bySector = CITY.customerBase().customers().stream()
                .collect(Collectors.groupingBy(c -> org.sectorOf(c.unit()), Collectors.counting()));
        assertThat(bySector).containsExactlyInAnyOrderEntriesOf(Map.of(
                VantaaReference.SIVI, 5402L, VantaaReference.SOTE, 2790L, VantaaReference.TILA, 1206L,
                VantaaReference.KEHA, 934L, VantaaReference.MAY, 601L, VantaaReference.VAPA, 483L));
        assertThat(CITY.customerBase().size()).isEqualTo(11_416);
        assertThat(org.sectors()).extracting(Sector::id).extracting(SectorId::value)
                .containsExactly("SIVI", "SOTE", "TILA", "KEHA", "MAY", "VAPA");
        assertThat(org.sectors().get(0).name().sv()).isEqualTo("Bildningsväsendet");
        assertThat(org.sectors().get(0).name().en()).isEqualTo("Education");
    }

    @Test
    void reference_about720SupervisorsEachLeadingTheUnitTheyWorkIn() {
        List<Customer> supervisors = CITY.customerBase().customers().stream()
                .filter(c -> c.role() == Role.SUPERVISOR).toList();
        assertThat(supervisors).hasSize(720);
        assertThat(supervisors).allSatisfy(s ->
                assertThat(((fi.hoitomalli.customer.Supervisor) s).managedUnits()).containsExactly(s.unit()));
    }

    @Test
    void reference_unitTreesAreTwoToThreeLevelsDeep() {
        OrgStructure org = CITY.orgStructure();
        for (Sector sector : org.sectors()) {
            assertThat(org.roots(sector.id())).hasSize(1);
        }
        for (OrgUnit unit : org.units()) {
            assertThat(depth(org, unit)).isBetween(1, 3);
        }
        assertThat(org.units().stream().mapToInt(u -> depth(org, u)).max().orElseThrow()).isEqualTo(3);
    }

    @Test
    void reference_fortyOneSecretariesInSixTeamsWithConsecutivePairs() {
        ServiceCentre centre = CITY.serviceCentre();
        assertThat(centre.secretaries()).hasSize(41);
        assertThat(centre.secretaries().get(0).id().value()).isEqualTo("S01");
        assertThat(centre.secretaries().get(40).id().value()).isEqualTo("S41");
        assertThat(centre.teams()).extracting(ServiceTeam::name).containsExactly("Sivistys 1", "Sivistys 2", "Sote",
                "Tilakeskus", "Keskushallinto", "Maankäyttö ja vapaa-aika");
        assertThat(centre.teams()).extracting(t -> t.members().size()).containsExactly(10, 9, 10, 4, 4, 4);
        ServiceTeam sivistys2 = centre.teams().get(1);
        assertThat(sivistys2.pairs()).hasSize(4);
        assertThat(sivistys2.pairOf(new SecretaryId("S19"))).isEmpty();
        assertThat(sivistys2.pairs().get(0)).isEqualTo(new SubstitutePair(new SecretaryId("S11"),
                new SecretaryId("S12")));
        assertThat(centre.teams().get(5).sectors()).containsExactlyInAnyOrder(VantaaReference.MAY,
                VantaaReference.VAPA);
        assertThat(centre.management().teamLeads()).hasSize(6);
    }

    @Test
    void reference_agreementsAndLanguagesFollowTheSectors() {
        CustomerBase base = CITY.customerBase();
        OrgStructure org = CITY.orgStructure();
        Map<String, Long> siviAgreements = base.customers().stream()
                .filter(c -> org.sectorOf(c.unit()).equals(VantaaReference.SIVI))
                .collect(Collectors.groupingBy(c -> c.agreement().value(), Collectors.counting()));
        assertThat(siviAgreements.get("OVTES")).isGreaterThan(1500L);
        assertThat(siviAgreements.get("KVTES")).isGreaterThan(2000L);
        long physicians = base.customers().stream().filter(c -> c.agreement().value().equals("LS")).count();
        assertThat(physicians).isGreaterThan(100L);
        assertThat(base.customers().stream().filter(c -> c.agreement().value().equals("LS"))
                .map(c -> org.sectorOf(c.unit())).distinct()).containsExactly(VantaaReference.SOTE);
        long swedish = base.customers().stream().filter(c -> c.language() == Language.SV).count();
        assertThat(swedish).isBetween(400L, 750L);
    }

    @Test
    void reference_generatorIsDeterministic() {
        ReferenceCity again = CityGenerator.seeded(VantaaReference.SEED).generate(VantaaReference.spec());
        assertThat(again.customerBase().customers()).isEqualTo(CITY.customerBase().customers());
        assertThat(again.orgStructure().units()).isEqualTo(CITY.orgStructure().units());
        assertThat(again.potAssignment()).isEqualTo(CITY.potAssignment());
        ReferenceCity other = CityGenerator.seeded(VantaaReference.SEED + 1).generate(VantaaReference.spec());
        assertThat(other.customerBase().size()).isEqualTo(11_416);
        assertThat(other.customerBase().customers()).isNotEqualTo(CITY.customerBase().customers());
    }

    private static int depth(OrgStructure org, OrgUnit unit) {
        int depth = 1;
        OrgUnit current = unit;
        while (current.parent().isPresent()) {
            current = org.requireUnit(current.parent().get());
            depth++;
        }
        return depth;
    }
}
