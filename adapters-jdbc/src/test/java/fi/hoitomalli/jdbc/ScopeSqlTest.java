package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/** How read scopes become SQL conditions, without a database. */
class ScopeSqlTest {

    private static final FormRows.Table FEEDBACK = JdbcFeedbackReports.TABLE;
    private static final FormRows.Table SITUATIONS = JdbcSituationReports.TABLE;

    @Test
    void nothingIsNoStatementEverythingAndUnknownAreOneUnrestrictedStatement() {
        assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.nothing(), Vendor.H2)).isEmpty();
        assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.everything(), Vendor.H2))
                .containsExactly(ScopeSql.Condition.NONE);
        assertThat(ScopeSql.conditions(FEEDBACK, new ReadScope.Unknown(), Vendor.H2))
                .containsExactly(ScopeSql.Condition.NONE);
    }

    @Test
    void aSmallScopeIsOneDisjunctionOfBoundInLists() {
        ReadScope scope = ReadScope.anyOf(List.of(new TeamId("T-1")), List.of(new SecretaryId("S-1"),
                new SecretaryId("S-2")), List.of(new CustomerId("C-1")), List.of(new SectorId("SIVI")));
        assertThat(ScopeSql.conditions(FEEDBACK, scope, Vendor.H2)).containsExactly(new ScopeSql.Condition(
                "(team_id IN (?) OR recorder_id IN (?, ?) OR customer_id IN (?) OR sector_id IN (?))",
                List.of("T-1", "S-1", "S-2", "C-1", "SIVI")));
    }

    @Test
    void situationsHaveNoSectorSoASectorAdmitsNoneOfThem() {
        ReadScope sectorOnly = ReadScope.anyOf(List.of(), List.of(), List.of(), List.of(new SectorId("SIVI")));
        assertThat(ScopeSql.conditions(SITUATIONS, sectorOnly, Vendor.H2)).isEmpty();
        ReadScope withRecorder = ReadScope.anyOf(List.of(), List.of(new SecretaryId("S-1")), List.of(),
                List.of(new SectorId("SIVI")));
        assertThat(ScopeSql.conditions(SITUATIONS, withRecorder, Vendor.H2))
                .containsExactly(new ScopeSql.Condition("(recorder_id IN (?))", List.of("S-1")));
    }

    @Test
    void aLargeScopeIsSplitIntoBoundedStatementsOverDisjointChunks() {
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 2_500).forEach(i -> customers.add(new CustomerId("C-" + i)));
        ReadScope scope = ReadScope.anyOf(List.of(new TeamId("T-1")), List.of(new SecretaryId("S-1")), customers,
                List.of());
        List<ScopeSql.Condition> conditions = ScopeSql.conditions(FEEDBACK, scope, Vendor.H2);
        assertThat(conditions).hasSize(3);
        assertThat(conditions).allSatisfy(c -> assertThat(c.parameters()).hasSizeLessThanOrEqualTo(
                ScopeSql.MAX_PARAMETERS));
        assertThat(conditions.get(0).sql()).startsWith("(team_id IN (?) OR recorder_id IN (?) OR customer_id IN (");
        assertThat(conditions.get(1).sql()).startsWith("(customer_id IN (").endsWith(
                " AND (team_id IS NULL OR NOT (team_id IN (?))) AND (recorder_id IS NULL OR NOT (recorder_id IN (?)))");
        // every customer in exactly one chunk
        Set<String> seen = new HashSet<>();
        int bound = 0;
        for (ScopeSql.Condition condition : conditions) {
            List<String> chunk = condition.parameters().stream().map(String.class::cast).filter(p -> p.startsWith("C-"))
                    .toList();
            bound += chunk.size();
            seen.addAll(chunk);
        }
        assertThat(bound).isEqualTo(2_500);
        assertThat(seen).hasSize(2_500);
    }

    @Test
    void aScopeWithTooManyIdsBesidesItsLargestSetRunsUnrestricted() {
        List<SecretaryId> recorders = new ArrayList<>();
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 600).forEach(i -> {
            recorders.add(new SecretaryId("S-" + i));
            customers.add(new CustomerId("C-" + i));
        });
        assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.anyOf(List.of(), recorders, customers, List.of()),
                Vendor.MARIADB))
                .containsExactly(ScopeSql.Condition.NONE);
    }

    @Test
    void onPostgresqlEachSetIsOneArrayParameterSoNothingIsSplit() {
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 2_500).forEach(i -> customers.add(new CustomerId("C-" + i)));
        ReadScope scope = ReadScope.anyOf(List.of(), List.of(new SecretaryId("S-1")), customers,
                List.of(new SectorId("SIVI")));
        List<ScopeSql.Condition> conditions = ScopeSql.conditions(FEEDBACK, scope, Vendor.POSTGRESQL);
        assertThat(conditions).hasSize(1);
        assertThat(conditions.get(0).sql()).isEqualTo("(recorder_id = ANY (CAST(? AS VARCHAR[])) "
                + "OR customer_id = ANY (CAST(? AS VARCHAR[])) OR sector_id = ANY (CAST(? AS VARCHAR[])))");
        assertThat(conditions.get(0).parameters()).hasSize(3);
        assertThat((String[]) conditions.get(0).parameters().get(1)).hasSize(2_500).startsWith("C-0", "C-1");
        assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.nothing(), Vendor.POSTGRESQL)).isEmpty();
    }
}
