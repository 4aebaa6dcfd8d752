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

/** How read scopes become SQL, without a database (the scenarios run it on each database). */
class ScopeSqlTest {

    private static final FormRows.Table FEEDBACK = JdbcFeedbackReports.TABLE;
    private static final FormRows.Table SITUATIONS = JdbcSituationReports.TABLE;

    @Test
    void nothingIsNoStatementEverythingAndUnknownAreOneUnrestrictedStatement() {
        for (Vendor vendor : Vendor.values()) {
            assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.nothing(), vendor)).isEmpty();
            assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.everything(), vendor))
                    .containsExactly(ScopeSql.Condition.NONE);
            assertThat(ScopeSql.conditions(FEEDBACK, new ReadScope.Unknown(), vendor))
                    .containsExactly(ScopeSql.Condition.NONE);
        }
    }

    @Test
    void onH2AndMariaDbASmallScopeIsOneDisjunctionOfBoundInLists() {
        ReadScope scope = ReadScope.anyOf(List.of(new TeamId("T-1")), List.of(new SecretaryId("S-1"),
                new SecretaryId("S-2")), List.of(new CustomerId("C-1")), List.of(new SectorId("SIVI")));
        for (Vendor vendor : List.of(Vendor.H2, Vendor.MARIADB)) {
            assertThat(ScopeSql.conditions(FEEDBACK, scope, vendor)).containsExactly(new ScopeSql.Condition(
                    "(team_id IN (?) OR recorder_id IN (?, ?) OR customer_id IN (?) OR sector_id IN (?))",
                    List.of("T-1", "S-1", "S-2", "C-1", "SIVI")));
        }
    }

    @Test
    void situationsHaveNoSectorSoASectorAdmitsNoneOfThem() {
        ReadScope sectorOnly = ReadScope.anyOf(List.of(), List.of(), List.of(), List.of(new SectorId("SIVI")));
        ReadScope withRecorder = ReadScope.anyOf(List.of(), List.of(new SecretaryId("S-1")), List.of(),
                List.of(new SectorId("SIVI")));
        for (Vendor vendor : Vendor.values()) {
            assertThat(ScopeSql.conditions(SITUATIONS, sectorOnly, vendor)).isEmpty();
            assertThat(ScopeSql.conditions(SITUATIONS, withRecorder, vendor)).singleElement()
                    .satisfies(c -> assertThat(c.sql()).startsWith("(recorder_id ").doesNotContain("sector_id"));
        }
    }

    @Test
    void onH2AndMariaDbALargeScopeIsSplitIntoBoundedConditionsOverDisjointChunks() {
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 2_500).forEach(i -> customers.add(new CustomerId("C-" + i)));
        ReadScope scope = ReadScope.anyOf(List.of(new TeamId("T-1")), List.of(new SecretaryId("S-1")), customers,
                List.of());
        List<ScopeSql.Condition> conditions = ScopeSql.conditions(FEEDBACK, scope, Vendor.MARIADB);
        assertThat(conditions).hasSize(3)
                .allSatisfy(c -> assertThat(c.parameters()).hasSizeLessThanOrEqualTo(ScopeSql.MAX_PARAMETERS));
        assertThat(conditions.get(0).sql()).startsWith("(team_id IN (?) OR recorder_id IN (?) OR customer_id IN (");
        assertThat(conditions.get(1).sql()).startsWith("(customer_id IN (").endsWith(
                " AND (team_id IS NULL OR NOT (team_id IN (?))) AND (recorder_id IS NULL OR NOT (recorder_id IN (?)))");
        // every customer in exactly one chunk
        Set<Object> seen = new HashSet<>();
        int bound = 0;
        for (ScopeSql.Condition condition : conditions) {
            List<Object> chunk = condition.parameters().stream().filter(p -> p.toString().startsWith("C-")).toList();
            bound += chunk.size();
            seen.addAll(chunk);
        }
        assertThat(bound).isEqualTo(2_500);
        assertThat(seen).hasSize(2_500);
    }

    @Test
    void onH2AndMariaDbAScopeWithTooManyIdsBesidesItsLargestSetRunsUnrestricted() {
        List<SecretaryId> recorders = new ArrayList<>();
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 600).forEach(i -> {
            recorders.add(new SecretaryId("S-" + i));
            customers.add(new CustomerId("C-" + i));
        });
        assertThat(ScopeSql.conditions(FEEDBACK, ReadScope.anyOf(List.of(), recorders, customers, List.of()),
                Vendor.H2)).containsExactly(ScopeSql.Condition.NONE);
    }

    @Test
    void onPostgresqlEachSetIsOneArrayInAConditionOfItsOwnExcludingTheSmallerSets() {
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 2_500).forEach(i -> customers.add(new CustomerId("C-" + i)));
        ReadScope scope = ReadScope.anyOf(List.of(), List.of(new SecretaryId("S-1"), new SecretaryId("S-2")),
                customers, List.of(new SectorId("SIVI")));
        List<ScopeSql.Condition> conditions = ScopeSql.conditions(FEEDBACK, scope, Vendor.POSTGRESQL);
        assertThat(conditions).extracting(ScopeSql.Condition::sql).containsExactly(
                "(sector_id = ANY (CAST(? AS VARCHAR[])))",
                "(recorder_id = ANY (CAST(? AS VARCHAR[]))) "
                        + "AND (sector_id IS NULL OR NOT (sector_id = ANY (CAST(? AS VARCHAR[]))))",
                "(customer_id = ANY (CAST(? AS VARCHAR[]))) "
                        + "AND (sector_id IS NULL OR NOT (sector_id = ANY (CAST(? AS VARCHAR[])))) "
                        + "AND (recorder_id IS NULL OR NOT (recorder_id = ANY (CAST(? AS VARCHAR[]))))");
        assertThat((String[]) conditions.get(2).parameters().get(0)).hasSize(2_500).startsWith("C-0", "C-1");
        assertThat((String[]) conditions.get(2).parameters().get(2)).containsExactly("S-1", "S-2");
    }
}
