package fi.hoitomalli.testkit;

import fi.hoitomalli.json.HoitomalliModule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.PotObstacle;
import fi.hoitomalli.team.PotPlanInfeasible;
import fi.hoitomalli.team.PotPlanResult;
import fi.hoitomalli.team.PotPlanner;
import fi.hoitomalli.team.PotPolicy;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Pot planning results and policies round-trip through {@link HoitomalliModule} losslessly. */
class PotPlanJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    @Property(tries = 10)
    @Domain(SegmentDomain.class)
    void plansRoundTrip(@ForAll ReferenceCity city) throws Exception {
        PotPlanResult plan = PotPlanner.balanced(city.potPolicy()).plan(city.customerBase(), city.serviceCentre(),
                city.potAssignment());
        String json = MAPPER.writeValueAsString(plan);
        assertThat(MAPPER.readValue(json, PotPlanResult.class)).isEqualTo(plan);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(city.potPolicy()), PotPolicy.class))
                .isEqualTo(city.potPolicy());
    }

    @Property(tries = 100)
    void infeasiblePlansRoundTrip(@ForAll("infeasible") PotPlanInfeasible infeasible) throws Exception {
        String json = MAPPER.writeValueAsString(infeasible);
        assertThat(MAPPER.readValue(json, PotPlanResult.class)).isEqualTo(infeasible);
    }

    @Provide
    Arbitrary<PotPlanInfeasible> infeasible() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 5000);
        Arbitrary<String> code = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
        Arbitrary<PotObstacle> unit = Combinators.combine(code, n, n).as((c, e, s) ->
                new PotObstacle.UnitTooLarge(new OrgUnitId(c), e, s, 400, 40));
        Arbitrary<PotObstacle> capacity = Combinators.combine(code.list().ofMinSize(1).ofMaxSize(3), n, n, n)
                .as((teams, k, e, s) -> new PotObstacle.OverCapacity(teams.stream().map(TeamId::new).toList(), k, e, s,
                        300, 30));
        Arbitrary<PotObstacle> sector = Combinators.combine(code, n, n).as((c, u, k) ->
                new PotObstacle.SectorWithoutTeam(new SectorId(c), u, k));
        Arbitrary<PotObstacle> pot = Combinators.combine(code, n).as((c, e) ->
                new PotObstacle.PotOverLimit(new SecretaryId(c), 401 + e, 3, 400, 40));
        return Arbitraries.oneOf(unit, capacity, sector, pot).list().ofMinSize(1).ofMaxSize(4)
                .map(PotPlanInfeasible::new);
    }

    @Property(tries = 1)
    void anEmptyAssignmentRoundTrips() throws Exception {
        PotAssignment empty = new PotAssignment(Map.of());
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(empty), PotAssignment.class)).isEqualTo(empty);
        assertThat(List.of()).isEmpty();
    }
}
