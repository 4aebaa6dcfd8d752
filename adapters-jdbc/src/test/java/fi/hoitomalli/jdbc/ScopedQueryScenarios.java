package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import fi.hoitomalli.testkit.FormsFixture;
import fi.hoitomalli.testkit.FormsSamples;

/**
 * AX-1 in the SQL of the form stores: the query that selects the candidate rows returns only the rows the
 * actor's read scope admits — counted at the JDBC driver, so a store that fetched every matching row and
 * filtered in Java fails here even though its results are right. An empty scope runs no query; a policy
 * without a scope (Unknown) or with a too wide one is still applied record by record; scopes of thousands
 * of ids are split into statements that return each row once. Subclasses pick the database.
 */
abstract class ScopedQueryScenarios {

    private static final String CANDIDATES = "SELECT feedback_id, team_id";
    private static final String DOCUMENTS = "SELECT feedback_id, report";
    private static final AccessPolicy CARE = FormsFixture.accessPolicy(Absences.none(),
            Clock.fixed(Instant.parse("2027-03-15T08:00:00Z"), ZoneOffset.UTC));
    private static final Actor S1 = new Actor.Secretary(FormsFixture.secretary(1));

    private CountingDataSource counting;
    private JdbcStores stores;
    private List<FeedbackReport> all;

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    @BeforeEach
    void fourHundredRecordsOfBothTeams() {
        db().emptyStores("hm_feedback");
        counting = new CountingDataSource(db().fixture().mainDataSource());
        stores = JdbcStores.builder(counting, SchemaMode.VALIDATE).build();
        // every secretary records, on ten days, one feedback about each fixture customer and one about nobody
        List<Optional<CustomerId>> about = new ArrayList<>();
        FormsFixture.customers().forEach(c -> about.add(Optional.of(c)));
        about.add(Optional.empty());
        List<FeedbackReport> records = new ArrayList<>();
        for (TeamId team : FormsFixture.teams()) {
            for (SecretaryId recorder : FormsFixture.membersOf(team)) {
                for (Optional<CustomerId> customer : about) {
                    for (int day = 1; day <= 10; day++) {
                        records.add(FormsSamples.feedback("AP-" + (records.size() + 1), team, recorder,
                                LocalDate.of(2027, 3, day), customer));
                    }
                }
            }
        }
        stores.importFeedback(records);
        all = sorted(records);
        counting.reset();
    }

    private static List<FeedbackReport> sorted(List<FeedbackReport> records) {
        return records.stream().sorted(Comparator.comparing((FeedbackReport r) -> r.details().received())
                .thenComparing(r -> r.id().value())).toList();
    }

    private List<FeedbackReport> allowed(AccessPolicy policy, Actor actor) {
        return all.stream().filter(r -> policy.mayRead(actor, r.resource())).toList();
    }

    @Test
    void ax1_theCandidateQueryReturnsOnlyTheRowsTheSecretaryMayRead() {
        List<FeedbackReport> expected = allowed(CARE, S1);
        // S-1's own 50 and the 70 the other seven recorded about her customer C-SUP-1, of 400
        assertThat(expected).hasSize(120);

        List<FeedbackReport> got = stores.feedbackReports(CARE).inStage(S1, FeedbackStage.RECEIVED);

        assertThat(got).containsExactlyElementsOf(expected);
        // PostgreSQL asks for the recorder's rows and the other rows about her customers separately
        assertThat(counting.queries(CANDIDATES)).hasSize(postgresql() ? 2 : 1);
        assertThat(counting.rows(CANDIDATES)).isEqualTo(120);
        assertThat(counting.rows(DOCUMENTS)).isEqualTo(120);
    }

    @Test
    void ax1_aTeamLeadsCandidateQueryReturnsTheTeamsRowsOnly() {
        Actor lead = new Actor.TeamLead(FormsFixture.SOTE_LEAD);
        List<FeedbackReport> got = stores.feedbackReports(CARE).overdue(lead, LocalDate.of(2027, 3, 31));
        assertThat(got).containsExactlyElementsOf(allowed(CARE, lead)).hasSize(200);
        assertThat(counting.rows(CANDIDATES)).isEqualTo(200);
    }

    @Test
    void ax1_aSupervisorsStatusQueryReturnsTheOwnFeedbacksRowOnly() {
        Actor supervisor = new Actor.Supervisor(FormsFixture.SUPERVISOR_SOTE);
        FeedbackReport own = all.stream().filter(r -> r.details().customer()
                .equals(Optional.of(FormsFixture.SUPERVISOR_SOTE))).findFirst().orElseThrow();
        FeedbackReport other = all.stream().filter(r -> r.details().customer().isEmpty()).findFirst().orElseThrow();
        FeedbackReports store = stores.feedbackReports(CARE);
        assertThat(store.statusOf(supervisor, own.id())).contains(own.status());
        assertThat(store.statusOf(supervisor, other.id())).isEmpty();
        assertThat(counting.rows(CANDIDATES)).isEqualTo(1);
    }

    @Test
    void ax1_anEmptyScopeRunsNoQueryAtAll() {
        FeedbackReports store = stores.feedbackReports(CARE);
        for (Actor nobody : List.of(new Actor.SectorHrUnit(FormsFixture.SIVI),
                new Actor.Secretary(new SecretaryId("S-99")), new Actor.ManagementGroup(FormsFixture.LAWYER),
                new Actor.Supervisor(FormsFixture.SUPERVISOR_SIVI))) {
            assertThat(store.inStage(nobody, FeedbackStage.RECEIVED)).isEmpty();
            assertThat(store.find(nobody, all.get(0).id())).isEmpty();
        }
        assertThat(stores.feedbackReports(AccessPolicy.denyAll()).overdue(S1, LocalDate.of(2027, 3, 31))).isEmpty();
        assertThat(counting.queries()).isEmpty();
        assertThat(counting.connections()).isZero();
    }

    @Test
    void ax1_aPolicyWithoutScopeIsAskedAboutEveryMatchingRowAsBefore() {
        AccessPolicy decisionsOnly = CARE::decide;
        List<FeedbackReport> got = stores.feedbackReports(decisionsOnly).inStage(S1, FeedbackStage.RECEIVED);
        assertThat(got).containsExactlyElementsOf(allowed(CARE, S1));
        assertThat(counting.rows(CANDIDATES)).isEqualTo(400);
        assertThat(counting.rows(DOCUMENTS)).isEqualTo(120);
    }

    @Test
    void ax1_aScopeWiderThanThePolicyIsNarrowedByTheCheckOfEveryRow() {
        AccessPolicy wide = new ScopePolicy(ReadScope.everything(), CARE);
        List<FeedbackReport> got = stores.feedbackReports(wide).inStage(S1, FeedbackStage.RECEIVED);
        assertThat(got).containsExactlyElementsOf(allowed(CARE, S1));
        assertThat(counting.rows(CANDIDATES)).isEqualTo(400);
    }

    @Test
    void aScopeOfThousandsOfIdsIsSplitIntoStatementsThatReturnEachRowOnce() {
        // 1,500 recorders that recorded nothing, then S-1 and S-2 (split into the later statements), and
        // C-SUP-2: rows without a customer recorded by S-1 and S-2 must not be lost by the NOT IN
        List<SecretaryId> recorders = new ArrayList<>();
        IntStream.range(0, 1_500).forEach(i -> recorders.add(new SecretaryId("S-X" + i)));
        recorders.add(FormsFixture.secretary(1));
        recorders.add(FormsFixture.secretary(2));
        ReadScope.Known scope = ReadScope.anyOf(Set.of(), recorders, Set.of(FormsFixture.SUPERVISOR_SOTE), Set.of());
        AccessPolicy policy = new ScopePolicy(scope, null);
        List<FeedbackReport> expected = allowed(policy, S1);
        // S-1's and S-2's 100, and the 60 the other six recorded about C-SUP-2
        assertThat(expected).hasSize(160);

        List<FeedbackReport> got = stores.feedbackReports(policy).inStage(S1, FeedbackStage.RECEIVED);

        assertThat(got).containsExactlyElementsOf(expected);
        // PostgreSQL binds each set as one array in a statement of its own (recorders, customers); the
        // others split the 1,502 recorders over two statements
        assertThat(counting.queries(CANDIDATES)).hasSize(2)
                .allSatisfy(q -> assertThat(q.parameters()).isLessThanOrEqualTo(ScopeSql.MAX_PARAMETERS + 1));
        assertThat(counting.rows(CANDIDATES)).isEqualTo(160);
    }

    @Test
    void aScopeTooLargeToSplitRunsUnrestrictedOnH2AndMariaDbAndStaysExact() {
        List<SecretaryId> recorders = new ArrayList<>();
        List<CustomerId> customers = new ArrayList<>();
        IntStream.range(0, 600).forEach(i -> {
            recorders.add(new SecretaryId("S-X" + i));
            customers.add(new CustomerId("C-X" + i));
        });
        recorders.add(FormsFixture.secretary(3));
        customers.add(FormsFixture.EMPLOYEE_SOTE);
        AccessPolicy policy = new ScopePolicy(ReadScope.anyOf(Set.of(), recorders, customers, Set.of()), null);
        List<FeedbackReport> got = stores.feedbackReports(policy).inStage(S1, FeedbackStage.RECEIVED);
        assertThat(got).containsExactlyElementsOf(allowed(policy, S1)).hasSize(50 + 70);
        // PostgreSQL binds each set as one array parameter, so its scope is never too large
        assertThat(counting.rows(CANDIDATES)).isEqualTo(postgresql() ? 120 : 400);
    }

    private boolean postgresql() {
        return db().database().vendor() == Vendor.POSTGRESQL;
    }

    @Test
    void theRecorderAndCustomerColumnsOfBothFormTablesAreIndexed() throws SQLException {
        // V10: without these the database reads every row the query's own conditions match to apply a scope
        for (String table : List.of("hm_feedback", "hm_situation")) {
            assertThat(indexedColumns(table)).as(table).contains("recorder_id", "customer_id");
        }
    }

    /** The columns that lead an index of the table. */
    private Set<String> indexedColumns(String table) throws SQLException {
        Set<String> leading = new HashSet<>();
        try (Connection connection = db().fixture().mainDataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            // H2 keeps unquoted names in upper case, the others as written
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet index = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), name,
                        false, false)) {
                    while (index.next()) {
                        if (index.getShort("ORDINAL_POSITION") == 1 && index.getString("COLUMN_NAME") != null) {
                            leading.add(index.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return leading;
    }

    /**
     * A policy whose read scope is given: it decides by the scope itself (and then it is exact), or by
     * another policy (and then the scope may be wider than its decisions).
     */
    private record ScopePolicy(ReadScope.Known scope, AccessPolicy decisions) implements AccessPolicy {
        @Override
        public AccessDecision decide(Actor actor, Resource resource) {
            if (decisions != null) {
                return decisions.decide(actor, resource);
            }
            return resource instanceof Resource.Record record && scope.admits(record)
                    ? new AccessDecision.Allowed("in the scope") : new AccessDecision.Denied("outside the scope");
        }

        @Override
        public ReadScope readScope(Actor actor, RecordKind kind) {
            return scope;
        }
    }
}
