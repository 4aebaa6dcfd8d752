package fi.hoitomalli.testkit;

import fi.hoitomalli.team.CustomerPot;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.PotChurn;
import fi.hoitomalli.team.PotLoad;
import fi.hoitomalli.team.PotPlan;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.SubstitutePair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.reference.ReferenceCity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** The one-handler model and pot stability over cities generated from drawn seeds. */
@Domain(SegmentDomain.class)
class PotPlannerProperties {

    private static PotPlan plan(PotPlanner planner, ReferenceCity city, PotAssignment previous) {
        PotPlanResult result = planner.plan(city.customerBase(), city.serviceCentre(), previous);
        assertThat(result).isInstanceOf(PotPlan.class);
        return (PotPlan) result;
    }

    @Property(tries = 15)
    void everyUnitHasExactlyOneSecretaryOfATeamServingItsSector(@ForAll ReferenceCity city) {
        PotPlan plan = plan(PotPlanner.balanced(city.potPolicy()), city, new PotAssignment(Map.of()));
        assertThat(plan.assignment().owners().keySet()).hasSize(city.orgStructure().units().size());
        for (OrgUnit unit : city.orgStructure().units()) {
            SecretaryId owner = plan.assignment().ownerOf(unit.id()).orElseThrow();
            assertThat(city.serviceCentre().teamOf(owner).sectors()).contains(unit.sector());
        }
        assertThat(plan.pots().stream().mapToInt(PotLoad::customers).sum()).isEqualTo(city.customerBase().size());
        assertThat(plan.pots()).allSatisfy(p -> {
            assertThat(p.employees()).isLessThanOrEqualTo(city.potPolicy().maxEmployees());
            assertThat(p.supervisors()).isLessThanOrEqualTo(city.potPolicy().maxSupervisors());
        });
    }

    @Property(tries = 15)
    void balanceIsNoWorseThanTheGreedyBaseline(@ForAll ReferenceCity city) {
        PotPlan balanced = plan(PotPlanner.balanced(city.potPolicy()), city, new PotAssignment(Map.of()));
        PotPlan greedy = plan(PotPlanner.greedyBaseline(city.potPolicy()), city, new PotAssignment(Map.of()));
        assertThat(balanced.balance().maxDeviation()).isLessThanOrEqualTo(greedy.balance().maxDeviation());
    }

    @Property(tries = 15)
    void replanningAnUnchangedCityMovesNobody(@ForAll ReferenceCity city) {
        PotPlan again = plan(PotPlanner.balanced(city.potPolicy()), city, city.potAssignment());
        assertThat(again.churn()).isEqualTo(PotChurn.NONE);
        assertThat(again.assignment()).isEqualTo(city.potAssignment());
    }

    @Property(tries = 15)
    void whenASecretaryLeavesHerUnitsMoveAndChurnCountsThem(@ForAll ReferenceCity city) {
        ServiceTeam largest = city.serviceCentre().teams().stream()
                .filter(t -> t.members().size() > 1)
                .max(java.util.Comparator.comparingInt(t -> t.members().size())).orElseThrow();
        SecretaryId leaver = largest.members().get(0);
        ServiceCentre without = withoutSecretary(city.serviceCentre(), leaver);
        PotPlanResult result = PotPlanner.balanced(city.potPolicy())
                .plan(city.customerBase(), without, city.potAssignment());
        assertThat(result).isInstanceOf(PotPlan.class);
        PotPlan next = (PotPlan) result;
        CustomerPot hers = city.potAssignment().potOf(leaver, city.customerBase());
        assertThat(next.assignment().owners()).doesNotContainValue(leaver);
        assertThat(next.churn().unitsMoved()).isGreaterThanOrEqualTo(hers.units().size());
        assertThat(next.churn().customersMoved()).isGreaterThanOrEqualTo(hers.customers().size());
        int stayed = 0;
        for (Map.Entry<OrgUnitId, SecretaryId> e : city.potAssignment().owners().entrySet()) {
            if (e.getValue().equals(next.assignment().owners().get(e.getKey()))) {
                stayed++;
            }
        }
        assertThat(stayed).isEqualTo(city.orgStructure().units().size() - next.churn().unitsMoved());
    }

    static ServiceCentre withoutSecretary(ServiceCentre centre, SecretaryId leaver) {
        List<ServiceTeam> teams = new ArrayList<>();
        for (ServiceTeam team : centre.teams()) {
            List<SecretaryId> members = team.members().stream().filter(m -> !m.equals(leaver)).toList();
            List<SubstitutePair> pairs = team.pairs().stream().filter(p -> !p.contains(leaver)).toList();
            teams.add(new ServiceTeam(team.id(), team.name(), team.sectors(), team.lead(), members, pairs));
        }
        List<Secretary> secretaries = centre.secretaries().stream().filter(s -> !s.id().equals(leaver)).toList();
        return ServiceCentre.of(teams, secretaries, centre.management());
    }
}
