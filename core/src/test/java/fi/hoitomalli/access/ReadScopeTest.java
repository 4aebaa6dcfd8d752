package fi.hoitomalli.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/** The read scope (AX-1 as data): what each kind of scope admits, and the invariants of its constructors. */
class ReadScopeTest {

    private static final TeamId TEAM = new TeamId("T-1");
    private static final SecretaryId S1 = new SecretaryId("S-1");
    private static final CustomerId C1 = new CustomerId("C-1");
    private static final SectorId SIVI = new SectorId("SIVI");

    private static Resource.Record record(String team, String recorder, String customer, String sector) {
        return new Resource.Record(RecordKind.FEEDBACK, new TeamId(team), new SecretaryId(recorder),
                Optional.ofNullable(customer).map(CustomerId::new), Optional.ofNullable(sector).map(SectorId::new));
    }

    @Test
    void anyOfAdmitsARecordMatchingAnyOneSet() {
        ReadScope.Known byTeam = ReadScope.anyOf(Set.of(TEAM), Set.of(), Set.of(), Set.of());
        ReadScope.Known byRecorder = ReadScope.anyOf(Set.of(), Set.of(S1), Set.of(), Set.of());
        ReadScope.Known byCustomer = ReadScope.anyOf(Set.of(), Set.of(), Set.of(C1), Set.of());
        ReadScope.Known bySector = ReadScope.anyOf(Set.of(), Set.of(), Set.of(), Set.of(SIVI));
        Resource.Record other = record("T-2", "S-2", "C-2", "SOTE");
        for (ReadScope.Known scope : List.of(byTeam, byRecorder, byCustomer, bySector)) {
            assertThat(scope.admits(other)).as("%s admits %s", scope, other).isFalse();
        }
        assertThat(byTeam.admits(record("T-1", "S-2", "C-2", "SOTE"))).isTrue();
        assertThat(byRecorder.admits(record("T-2", "S-1", "C-2", "SOTE"))).isTrue();
        assertThat(byCustomer.admits(record("T-2", "S-2", "C-1", "SOTE"))).isTrue();
        assertThat(bySector.admits(record("T-2", "S-2", "C-2", "SIVI"))).isTrue();
    }

    @Test
    void aRecordWithoutCustomerOrSectorMatchesNoCustomerOrSector() {
        ReadScope.Known scope = ReadScope.anyOf(Set.of(), Set.of(), Set.of(C1), Set.of(SIVI));
        assertThat(scope.admits(record("T-1", "S-1", null, null))).isFalse();
    }

    @Test
    void everythingAdmitsAllAndNothingAdmitsNone() {
        Resource.Record any = record("T-9", "S-9", null, null);
        assertThat(ReadScope.everything().admits(any)).isTrue();
        assertThat(ReadScope.nothing().admits(any)).isFalse();
    }

    @Test
    void anEmptyUnionIsNothingAndCannotBeBuiltAsAnyOf() {
        assertThat(ReadScope.anyOf(List.of(), List.of(), List.of(), List.of())).isEqualTo(ReadScope.nothing());
        assertThatThrownBy(() -> new ReadScope.AnyOf(Set.of(), Set.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadScope.anyOf(Set.of(), Arrays.asList(S1, null), Set.of(), Set.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anyOfCountsItsIdsAndIsImmutable() {
        Set<CustomerId> customers = new HashSet<>(Set.of(C1));
        ReadScope.AnyOf scope = (ReadScope.AnyOf) ReadScope.anyOf(Set.of(TEAM), Set.of(S1), customers, Set.of());
        customers.add(new CustomerId("C-2"));
        assertThat(scope.customers()).containsExactly(C1);
        assertThat(scope.size()).isEqualTo(3);
        assertThatThrownBy(() -> scope.teams().add(new TeamId("T-2"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPolicyThatOnlyDecidesHasAnUnknownScopeAndDenyAllHasNothing() {
        AccessPolicy decidesOnly = (actor, resource) -> new AccessDecision.Allowed("test");
        Actor actor = new Actor.Secretary(S1);
        for (RecordKind kind : RecordKind.values()) {
            assertThat(decidesOnly.readScope(actor, kind)).isEqualTo(new ReadScope.Unknown());
            assertThat(AccessPolicy.denyAll().readScope(actor, kind)).isEqualTo(ReadScope.nothing());
        }
        assertThat(AccessPolicy.denyAll().mayRead(actor, record("T-1", "S-1", null, null))).isFalse();
        assertThatThrownBy(() -> decidesOnly.readScope(null, RecordKind.FEEDBACK)).isInstanceOf(NullPointerException.class);
    }
}
