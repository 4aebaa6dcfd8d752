package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The published generators keep their promises: consistent composites, bounded trees, every kind of
 * customer and override actually generated, and the ServiceLoader registration and the domain both work.
 */
class FoundationArbitrariesProperties {

    @Property(tries = 50)
    void unitTreesAreAtMostFourDeepAndInTheirSector(@ForAll OrgStructure org) {
        for (OrgUnit unit : org.units()) {
            int depth = 1;
            OrgUnit current = unit;
            while (current.parent().isPresent()) {
                OrgUnit parent = org.requireUnit(current.parent().get());
                assertThat(parent.sector()).isEqualTo(unit.sector());
                current = parent;
                depth++;
            }
            assertThat(depth).isLessThanOrEqualTo(FoundationArbitraries.MAX_TREE_DEPTH);
            Statistics.label("depth").collect(depth);
            Statistics.label("override").collect(unit.serviceCentre() != ServiceCentreStatus.INHERIT);
        }
        Statistics.label("override").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("depth").coverage(c -> c.check(3).count(n -> n > 0));
    }

    @Property(tries = 50)
    @Domain(FoundationDomain.class)
    void customerBasesAreConsistent(@ForAll CustomerBase base) {
        OrgStructure org = base.orgStructure();
        Set<Object> ids = new HashSet<>();
        for (Customer customer : base.customers()) {
            assertThat(ids.add(customer.id())).isTrue();
            assertThat(org.unit(customer.unit())).isPresent();
            if (customer instanceof Supervisor supervisor) {
                assertThat(supervisor.managedUnits()).isNotEmpty()
                        .allSatisfy(u -> assertThat(org.unit(u)).isPresent());
            }
            if (customer instanceof Employee employee && employee.supervisor().isPresent()) {
                assertThat(base.find(employee.supervisor().get()).map(Customer::role)).get().isNotEqualTo(Role.EMPLOYEE);
            }
            Statistics.label("role").collect(customer.role());
        }
        Statistics.label("role").coverage(c -> {
            c.check(Role.EMPLOYEE).count(n -> n > 0);
            c.check(Role.SUPERVISOR).count(n -> n > 0);
            c.check(Role.EXECUTIVE).count(n -> n > 0);
        });
    }

    @Property(tries = 50)
    @Domain(FoundationDomain.class)
    void serviceCentresHaveValidTeamsAndPairs(@ForAll ServiceCentre centre) {
        int members = 0;
        for (ServiceTeam team : centre.teams()) {
            assertThat(centre.management().includes(team.lead())).isTrue();
            team.pairs().forEach(p -> assertThat(centre.teamOf(p.first())).isEqualTo(team));
            members += team.members().size();
            Statistics.label("paired").collect(!team.pairs().isEmpty());
        }
        assertThat(members).isEqualTo(centre.secretaries().size());
        Statistics.label("paired").coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Property(tries = 50)
    void textsCarryTheCharactersThatBreakNaiveCode(@ForAll LocalizedText text) {
        String all = text.fi() + text.sv() + text.en();
        assertThat(text.fi()).isNotBlank();
        Statistics.label("nordic").collect(all.matches("(?s).*[åäöÅÄÖ].*"));
        Statistics.label("quote").collect(all.contains("\"") || all.contains("'"));
        Statistics.label("emoji").collect(all.codePoints().anyMatch(cp -> cp > 0xFFFF));
        Statistics.label("nordic").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("quote").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("emoji").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<CustomerBase> smallBases() {
        return FoundationArbitraries.orgStructures().flatMap(FoundationArbitraries::customerBases);
    }

    @Property(tries = 30)
    void providedArbitrariesComposeInUserCode(@ForAll("smallBases") CustomerBase base) {
        assertThat(base.customers()).allSatisfy(c -> assertThat(base.inUnit(c.unit())).contains(c));
    }
}
