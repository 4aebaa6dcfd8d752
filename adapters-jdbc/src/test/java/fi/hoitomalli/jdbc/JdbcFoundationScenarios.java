package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Year;
import org.flywaydb.core.Flyway;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.DevelopmentActions;
import fi.hoitomalli.testkit.CustomerSnapshotsContract;
import fi.hoitomalli.testkit.SamplePlans;
import fi.hoitomalli.testkit.ReminderSamples;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.Cadence;
import fi.hoitomalli.clock.Category;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The adapter's foundation on one database: schema migration and verification, all-or-nothing writes,
 * optimistic locking and JSON columns. Subclasses pick the database.
 */
abstract class JdbcFoundationScenarios {

    private static final List<String> SNAPSHOT_TABLES = List.of("hm_customer_snapshot", "hm_snapshot_sector",
            "hm_snapshot_unit", "hm_snapshot_customer", "hm_snapshot_managed_unit");
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    /** Every migration of the library, oldest first; the last is the latest schema version. */
    static final List<String> ALL_VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    static final String LATEST = ALL_VERSIONS.get(ALL_VERSIONS.size() - 1);

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    private DataSource freshSchema() {
        return db().fixture().newSchema();
    }

    private JdbcStores migrated(DataSource dataSource) {
        return JdbcStores.builder(dataSource, SchemaMode.MIGRATE).build();
    }

    // --- migrations -------------------------------------------------------------------------------------

    @Test
    void migrateBringsAnEmptySchemaToTheLatestVersion() throws SQLException {
        DataSource dataSource = freshSchema();
        JdbcStores stores = migrated(dataSource);
        assertThat(stores.schemaVersion()).isEqualTo(LATEST);
        assertThat(stores.jdbc().vendor()).isEqualTo(db().database().vendor());
        for (String table : SNAPSHOT_TABLES) {
            assertThat(count(dataSource, table)).as(table).isZero();
        }
        assertThat(appliedVersions(dataSource)).containsExactlyElementsOf(ALL_VERSIONS);
    }

    @Test
    void migrateTwiceChangesNothingAndValidateThenAccepts() throws SQLException {
        DataSource dataSource = freshSchema();
        migrated(dataSource).customerSnapshots().save(snapshot("kept", 3));
        assertThat(migrated(dataSource).schemaVersion()).isEqualTo(LATEST);
        JdbcStores validated = JdbcStores.builder(dataSource, SchemaMode.VALIDATE).build();
        assertThat(validated.customerSnapshots().latest()).map(CustomerSnapshot::label).contains("kept");
        assertThat(appliedVersions(dataSource)).containsExactlyElementsOf(ALL_VERSIONS);
    }

    @Test
    void validateRefusesAnUnmigratedSchemaAndCreatesNothing() throws SQLException {
        DataSource dataSource = freshSchema();
        assertThatThrownBy(() -> JdbcStores.builder(dataSource, SchemaMode.VALIDATE).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("no Hoitomalli schema")
                .hasMessageContaining("SchemaMode.MIGRATE");
        assertThat(tableExists(dataSource, "hm_customer_snapshot")).isFalse();
        assertThat(tableExists(dataSource, Migrations.HISTORY_TABLE)).isFalse();
    }

    @Test
    void validateAndMigrateRefuseASchemaNewerThanTheLibrary() throws SQLException {
        DataSource dataSource = freshSchema();
        migrated(dataSource);
        execute(dataSource, "INSERT INTO " + q(Migrations.HISTORY_TABLE) + " (" + q("installed_rank") + ", "
                + q("version") + ", " + q("description") + ", " + q("type") + ", " + q("script") + ", "
                + q("checksum") + ", " + q("installed_by") + ", " + q("execution_time") + ", " + q("success")
                + ") VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'test', 0, TRUE)");
        for (SchemaMode mode : SchemaMode.values()) {
            assertThatThrownBy(() -> JdbcStores.builder(dataSource, mode).build()).as(mode.name())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("newer than this library")
                    .hasMessageContaining("V999 from the future")
                    .hasMessageContaining("knows up to " + LATEST);
        }
    }

    @Test
    void validateRefusesAnAppliedMigrationThisLibraryDoesNotKnow() throws SQLException {
        DataSource dataSource = freshSchema();
        migrated(dataSource);
        execute(dataSource, "INSERT INTO " + q(Migrations.HISTORY_TABLE) + " (" + q("installed_rank") + ", "
                + q("version") + ", " + q("description") + ", " + q("type") + ", " + q("script") + ", "
                + q("checksum") + ", " + q("installed_by") + ", " + q("execution_time") + ", " + q("success")
                + ") VALUES (98, '0.5', 'somebody elses', 'SQL', 'V0_5__somebody_elses.sql', 0, 'test', 0, TRUE)");
        assertThatThrownBy(() -> JdbcStores.builder(dataSource, SchemaMode.VALIDATE).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not match this library's migrations")
                .hasMessageContaining("0.5");
    }

    @Test
    void validateRefusesASchemaWhoseMigrationWasChanged() throws SQLException {
        DataSource dataSource = freshSchema();
        migrated(dataSource);
        execute(dataSource, "UPDATE " + q(Migrations.HISTORY_TABLE) + " SET " + q("checksum") + " = 12345 WHERE "
                + q("version") + " = '1'");
        assertThatThrownBy(() -> JdbcStores.builder(dataSource, SchemaMode.VALIDATE).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not match this library's migrations")
                .hasMessageContaining("checksum");
    }

    @Test
    void migrateLeavesTheEmbeddingSystemsTablesAlone() throws SQLException {
        DataSource dataSource = freshSchema();
        execute(dataSource, "CREATE TABLE app_own (id INTEGER PRIMARY KEY)");
        execute(dataSource, "INSERT INTO app_own (id) VALUES (7)");
        JdbcStores stores = migrated(dataSource);
        assertThat(stores.schemaVersion()).isEqualTo(LATEST);
        assertThat(count(dataSource, "app_own")).isEqualTo(1);
        assertThat(count(dataSource, "hm_customer_snapshot")).isZero();
    }

    @Test
    void migrateFromTheReleasedV1SchemaWithDataKeepsTheData() throws SQLException {
        DataSource dataSource = freshSchema();
        migrateTo(dataSource, "1");
        assertThat(appliedVersions(dataSource)).containsExactly("1");
        CustomerSnapshot v1 = snapshot("v1-ä😀", 3);
        insertAsV1(dataSource, v1);

        JdbcStores stores = migrated(dataSource);

        assertThat(stores.schemaVersion()).isEqualTo(LATEST);
        assertThat(appliedVersions(dataSource)).containsExactlyElementsOf(ALL_VERSIONS);
        CustomerSnapshotsContract.assertSameSnapshot(stores.customerSnapshots().latest().orElseThrow(), v1);
        stores.accountPlans().save(firstSivistystoimiVersion());
        assertThat(stores.accountPlans().history(new SectorId("SIVI"), Year.of(2027))).hasSize(1);
    }

    @Test
    void migrateFromTheReleasedV8SchemaWithDataKeepsTheDataAndAddsTheClockActivities() throws SQLException {
        DataSource dataSource = freshSchema();
        migrateTo(dataSource, "8");
        assertThat(appliedVersions(dataSource)).containsExactlyElementsOf(ALL_VERSIONS.subList(0, 8));
        assertThat(tableExists(dataSource, "hm_clock_activity")).isFalse();
        CustomerSnapshot v8 = snapshot("v8-Å😀", 4);
        insertAsV1(dataSource, v8);
        CallbackPromise.Open promise = new CallbackPromise.Open(new PromiseTerms(new PromiseId("P-ä😀"),
                new InquiryId("I-1"), Optional.empty(), new TeamId("T1"), new SecretaryId("S-1"),
                new SecretaryId("S-2"), T0, T0.plusSeconds(3_600)));
        execute(dataSource, "INSERT INTO hm_callback_promise (promise_id, state, inquiry_id, customer_id, team_id, "
                + "owner_id, holder_id, made_at, due_at, kept_at, broken_at) VALUES ('P-ä😀', 'OPEN', 'I-1', NULL, "
                + "'T1', 'S-1', 'S-2', TIMESTAMP '2026-11-27 02:00:00', TIMESTAMP '2026-11-27 03:00:00', NULL, NULL)");

        JdbcStores stores = migrated(dataSource);

        assertThat(stores.schemaVersion()).isEqualTo(LATEST);
        assertThat(appliedVersions(dataSource)).containsExactlyElementsOf(ALL_VERSIONS);
        CustomerSnapshotsContract.assertSameSnapshot(stores.customerSnapshots().latest().orElseThrow(), v8);
        assertThat(stores.callbackPromises().find(promise.id())).contains(promise);
        assertThat(count(dataSource, "hm_clock_activity")).isZero();
        Occurrence meeting = new Occurrence(new TemplateId("SG"), LocalDate.of(2027, 3, 4),
                Optional.of(LocalTime.of(9, 0)), Duration.ofHours(2), Set.of(new Participant("staff:HEAD")));
        AnnualClock clock = new AnnualClock(Year.of(2027), List.of(ActivityTemplate.scheduled(new TemplateId("SG"),
                "SG", LocalizedText.same("Ohjausryhmä"), LocalizedText.same("Hepa"), Category.STEERING_GROUP,
                Cadence.exactly(2), new Participant("staff:HEAD"))), List.of(meeting), List.of());
        ClockActivity planned = stores.clockActivities().plan(ClockScope.city(), clock).get(0);
        ClockActivity held = stores.clockActivities().mark(planned.key(), 1, ActivityMark.held("Helena", T0));
        assertThat(stores.clockActivities().find(planned.key())).contains(held);
    }

    /** Brings a fresh schema to the version with the library's migrations, as that release did. */
    private void migrateTo(DataSource dataSource, String version) {
        Vendor vendor = db().database().vendor();
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource).table(Migrations.HISTORY_TABLE)
                .locations(Migrations.locations(vendor).toArray(String[]::new)).placeholders(vendor.placeholders())
                .target(version).load().migrate();
    }

    /** Writes the snapshot with the SQL of the V1 schema, as the first released library did. */
    private static void insertAsV1(DataSource dataSource, CustomerSnapshot snapshot) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_customer_snapshot (label, taken_at, "
                    + "sector_count, unit_count, customer_count) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, snapshot.label());
                s.setObject(2, java.time.LocalDateTime.ofInstant(snapshot.takenAt(), java.time.ZoneOffset.UTC));
                s.setInt(3, snapshot.base().orgStructure().sectors().size());
                s.setInt(4, snapshot.base().orgStructure().units().size());
                s.setInt(5, snapshot.base().size());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            int seq = 0;
            for (Sector sector : snapshot.base().orgStructure().sectors()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_snapshot_sector (snapshot_id, seq, "
                        + "sector_id, name_fi, name_sv, name_en, service_centre) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, sector.id().value());
                    s.setString(4, sector.name().fi());
                    s.setString(5, sector.name().sv());
                    s.setString(6, sector.name().en());
                    s.setBoolean(7, sector.serviceCentreCustomer());
                    s.executeUpdate();
                }
            }
            seq = 0;
            for (OrgUnit unit : snapshot.base().orgStructure().units()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_snapshot_unit (snapshot_id, seq, "
                        + "unit_id, sector_id, parent_id, name, service_centre) VALUES (?, ?, ?, ?, NULL, ?, ?)")) {
                    s.setLong(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, unit.id().value());
                    s.setString(4, unit.sector().value());
                    s.setString(5, unit.name());
                    s.setString(6, unit.serviceCentre().name());
                    s.executeUpdate();
                }
            }
            seq = 0;
            for (Customer customer : snapshot.base().customers()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_snapshot_customer (snapshot_id, seq, "
                        + "customer_id, role, name, unit_id, agreement, language, email, supervisor_id) "
                        + "VALUES (?, ?, ?, 'EMPLOYEE', ?, ?, ?, ?, NULL, NULL)")) {
                    s.setLong(1, id);
                    s.setInt(2, seq++);
                    s.setString(3, customer.id().value());
                    s.setString(4, customer.name());
                    s.setString(5, customer.unit().value());
                    s.setString(6, customer.agreement().value());
                    s.setString(7, customer.language().tag());
                    s.executeUpdate();
                }
            }
        }
    }

    // --- all or nothing ---------------------------------------------------------------------------------

    @Test
    void aFailureBetweenTheRowsOfAPlanVersionLeavesNeitherRowNorItsReminder() throws SQLException {
        db().emptyStores("hm_account_plan_version", "hm_account_plan");
        DataSource dataSource = db().fixture().mainDataSource();
        // the version's last JSON section fails to serialize: nothing, not even the head row, is written
        ObjectMapper failing = HoitomalliModule.newObjectMapper().registerModule(new SimpleModule("failing")
                .addSerializer(DevelopmentActions.class, new JsonSerializer<DevelopmentActions>() {
                    @Override
                    public void serialize(DevelopmentActions value, JsonGenerator generator, SerializerProvider p)
                            throws IOException {
                        throw JsonMappingException.from(generator, "disk full (forced by the test)");
                    }
                }));
        JdbcStores stores = JdbcStores.builder(dataSource, SchemaMode.VALIDATE).objectMapper(failing).build();
        AccountPlan plan = SamplePlans.sivistystoimi2027();
        AccountPlanVersion first = new AccountPlanVersion(plan, 1, "head", T0, "created");

        assertThatThrownBy(() -> stores.accountPlans().save(first)).isInstanceOf(StorageException.class)
                .hasMessageContaining("disk full");
        assertThat(count(dataSource, "hm_account_plan")).isZero();
        assertThat(count(dataSource, "hm_account_plan_version")).isZero();

        // the transactional outbox: the reminder the change causes goes with the change
        db().emptyStores("hm_reminder_outbox");
        Reminder reminder = ReminderSamples.planAction(1, T0);
        assertThatThrownBy(() -> stores.inTransaction(() -> {
            assertThat(stores.reminderOutbox().addIfAbsent(reminder)).isTrue();
            stores.accountPlans().save(first);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("disk full");
        assertThat(count(dataSource, "hm_account_plan")).isZero();
        assertThat(count(dataSource, "hm_reminder_outbox")).isZero();

        JdbcStores working = JdbcStores.builder(dataSource, SchemaMode.VALIDATE).build();
        working.inTransaction(() -> {
            working.reminderOutbox().addIfAbsent(reminder);
            working.accountPlans().save(first);
            return null;
        });
        assertThat(working.reminderOutbox().find(reminder.key())).map(OutboxEntry::reminder).contains(reminder);
        working.accountPlans().history(plan.sector(), plan.year()).forEach(v -> assertThat(v).isEqualTo(first));
        assertThatThrownBy(() -> stores.accountPlans().save(new AccountPlanVersion(plan, 2, "lead", T0, "edit")))
                .isInstanceOf(StorageException.class);
        assertThat(working.accountPlans().current(plan.sector(), plan.year())).contains(first);
        working.accountPlans().save(new AccountPlanVersion(plan, 2, "lead", T0, "edit after the failure"));
        assertThat(working.accountPlans().history(plan.sector(), plan.year())).hasSize(2);
    }


    @Test
    void aFailureInTheMiddleOfABulkWriteLeavesNoPartialRows() throws SQLException {
        db().emptyStores("hm_customer_snapshot");
        FailingDataSource failing = new FailingDataSource(db().fixture().mainDataSource());
        JdbcStores stores = JdbcStores.builder(failing, SchemaMode.VALIDATE).batchSize(50).build();
        CustomerSnapshot before = snapshot("before", 10);
        stores.customerSnapshots().save(before);
        Map<String, Long> counts = counts(failing);

        // 1 sector batch + 2 unit batches + 10 customer batches: fail in the middle of the customers
        failing.failAfter(failing.batchesSent() + 6);
        CustomerSnapshot big = snapshot("big", 500);
        assertThatThrownBy(() -> stores.customerSnapshots().save(big))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not save customer snapshot")
                .hasRootCauseMessage("connection lost (forced by the test)");
        assertThat(failing.batchesSent()).as("some batches did reach the database").isGreaterThan(5);

        assertThat(counts(failing)).isEqualTo(counts);
        assertThat(stores.customerSnapshots().latest()).map(CustomerSnapshot::label).contains("before");
    }

    @Test
    void aTransactionCommitsOrRollsBackEveryStoreCallInIt() throws SQLException {
        JdbcStores stores = db().emptyStores("hm_customer_snapshot");
        DataSource dataSource = db().fixture().mainDataSource();
        assertThatThrownBy(() -> stores.inTransaction(() -> {
            stores.customerSnapshots().save(snapshot("one", 5));
            stores.customerSnapshots().save(snapshot("two", 5));
            throw new IllegalStateException("the caller changed its mind");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the caller changed its mind");
        for (String table : SNAPSHOT_TABLES) {
            assertThat(count(dataSource, table)).as(table).isZero();
        }

        String result = stores.inTransaction(() -> {
            stores.customerSnapshots().save(snapshot("one", 5));
            stores.customerSnapshots().save(snapshot("two", 5));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(count(dataSource, "hm_customer_snapshot")).isEqualTo(2);
        assertThat(count(dataSource, "hm_snapshot_customer")).isEqualTo(10);
    }

    /** An id too long for the column (255) cannot even be built: the text policy allows 64. */
    @Test
    void theLongestIdRoundTripsAndALongerOneCannotBeBuilt() {
        JdbcStores stores = db().emptyStores("hm_customer_snapshot");
        String longest = "C".repeat(TextPolicy.ID_MAX);
        Sector sector = new Sector(new SectorId("S" + longest.substring(1)), LocalizedText.same("S"), true);
        OrgUnit unit = OrgUnit.root(new OrgUnitId("U" + longest.substring(1)), sector.id(), "U");
        Employee employee = new Employee(new CustomerId(longest), "Nimi", unit.id(),
                new AgreementCode("A" + longest.substring(1)), Language.FI, Optional.empty(), Optional.empty());
        CustomerSnapshot snapshot = new CustomerSnapshot("long id", T0,
                CustomerBase.of(OrgStructure.of(List.of(sector), List.of(unit)), List.of(employee)));
        stores.customerSnapshots().save(snapshot);
        assertThat(stores.customerSnapshots().latest().orElseThrow().base().find(new CustomerId(longest)))
                .contains(employee);
        assertThatThrownBy(() -> new CustomerId(longest + "C")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64");
    }

    // --- optimistic locking -----------------------------------------------------------------------------

    /** The shared schema with an empty table of versioned test records. */
    private JdbcStores withVersionedTable() {
        JdbcStores stores = db().emptyStores();
        Map<String, String> types = stores.jdbc().vendor().placeholders();
        DataSource dataSource = db().fixture().mainDataSource();
        execute(dataSource, "CREATE TABLE IF NOT EXISTS hm_test_versioned (id VARCHAR(64) PRIMARY KEY, body "
                + types.get("text") + " NOT NULL, version BIGINT NOT NULL) " + types.get("table_options"));
        execute(dataSource, "DELETE FROM hm_test_versioned");
        return stores;
    }

    private static long insertFirst(JdbcStores stores, String id, String body) {
        return stores.jdbc().inTransaction("insert", c -> OptimisticLock.insertFirst(c,
                "INSERT INTO hm_test_versioned (id, body, version) VALUES (?, ?, 1)", s -> {
                    s.setString(1, id);
                    s.setString(2, body);
                    return 2;
                }, "test record " + id));
    }

    private static long update(JdbcStores stores, String id, String body, long expectedVersion) {
        return stores.jdbc().inTransaction("update", c -> OptimisticLock.update(c,
                "UPDATE hm_test_versioned SET body = ?, version = version + 1 WHERE id = ? AND version = ?", s -> {
                    s.setString(1, body);
                    s.setString(2, id);
                    return 2;
                }, "test record " + id, expectedVersion));
    }

    private static String body(JdbcStores stores, String id) {
        return stores.jdbc().inTransaction("read", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT body, version FROM hm_test_versioned WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet row = s.executeQuery()) {
                    return row.next() ? row.getString("body") + "@" + row.getLong("version") : "none";
                }
            }
        });
    }

    @Test
    void aStaleSaveIsRejectedAndOverwritesNothing() {
        JdbcStores stores = withVersionedTable();
        assertThat(insertFirst(stores, "a", "first")).isEqualTo(1);
        assertThat(update(stores, "a", "second", 1)).isEqualTo(2);
        assertThatThrownBy(() -> update(stores, "a", "stale", 1))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.subject()).isEqualTo("test record a");
                });
        assertThat(body(stores, "a")).isEqualTo("second@2");
    }

    @Test
    void aSecondFirstVersionIsAConcurrentUpdateAndTheTransactionGoesOn() {
        JdbcStores stores = withVersionedTable();
        insertFirst(stores, "b", "mine");
        assertThatThrownBy(() -> insertFirst(stores, "b", "theirs"))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion()).isZero());
        assertThat(body(stores, "b")).isEqualTo("mine@1");
        String after = stores.inTransaction(() -> {
            assertThatThrownBy(() -> insertFirst(stores, "b", "again")).isInstanceOf(ConcurrentUpdateException.class);
            insertFirst(stores, "c", "still usable");
            return body(stores, "c");
        });
        assertThat(after).isEqualTo("still usable@1");
    }

    @Test
    void ofEightConcurrentSavesOfOneVersionExactlyOneWins() throws Exception {
        JdbcStores stores = withVersionedTable();
        insertFirst(stores, "d", "v1");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String body = "writer " + i;
                Callable<Boolean> save = () -> {
                    start.await();
                    try {
                        update(stores, "d", body, 1);
                        return true;
                    } catch (ConcurrentUpdateException e) {
                        return false;
                    }
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            long wins = 0;
            for (Future<Boolean> result : results) {
                wins += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(body(stores, "d")).startsWith("writer ").endsWith("@2");
    }

    @Test
    void aPlanMeetingAnActivityStoredMeanwhileIsAConcurrentUpdateThatStoresNothingOfItsOwn() throws SQLException {
        db().emptyStores("hm_clock_activity");
        DataSource main = db().fixture().mainDataSource();
        FailingDataSource meanwhile = new FailingDataSource(main);
        JdbcStores stores = JdbcStores.builder(meanwhile, SchemaMode.VALIDATE).build();
        AnnualClock clock = steeringGroups();
        ClockActivity theirs = ClockActivity.plannedFrom(ClockScope.city(), clock).get(1);
        // another plan of the same clock commits one activity between this plan's read and its insert
        meanwhile.beforeNextBatch(() -> JdbcStores.builder(main, SchemaMode.VALIDATE).build().clockActivities()
                .plan(ClockScope.city(), new AnnualClock(clock.year(), clock.templates(),
                        List.of(theirs.occurrence()), List.of())));

        assertThatThrownBy(() -> stores.clockActivities().plan(ClockScope.city(), clock))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.expectedVersion()).isZero());
        assertThat(count(main, "hm_clock_activity")).isEqualTo(1);

        List<ClockActivity> added = stores.clockActivities().plan(ClockScope.city(), clock);
        assertThat(added).hasSize(clock.occurrences().size() - 1).doesNotContain(theirs);
        assertThat(stores.clockActivities().ofYear(ClockScope.city(), clock.year()))
                .containsExactlyElementsOf(ClockActivity.plannedFrom(ClockScope.city(), clock));
    }

    @Test
    void aConflictingPlanInsideATransactionLeavesTheTransactionUsable() throws SQLException {
        db().emptyStores("hm_clock_activity");
        DataSource main = db().fixture().mainDataSource();
        FailingDataSource meanwhile = new FailingDataSource(main);
        JdbcStores stores = JdbcStores.builder(meanwhile, SchemaMode.VALIDATE).build();
        AnnualClock clock = steeringGroups();
        ClockActivity theirs = ClockActivity.plannedFrom(ClockScope.city(), clock).get(0);
        meanwhile.beforeNextBatch(() -> JdbcStores.builder(main, SchemaMode.VALIDATE).build().clockActivities()
                .plan(ClockScope.city(), new AnnualClock(clock.year(), clock.templates(),
                        List.of(theirs.occurrence()), List.of())));

        ClockScope team = ClockScope.team(new TeamId("T1"));
        ClockActivity marked = stores.inTransaction(() -> {
            assertThatThrownBy(() -> stores.clockActivities().plan(ClockScope.city(), clock))
                    .isInstanceOf(ConcurrentUpdateException.class);
            stores.clockActivities().plan(team, clock);
            return stores.clockActivities().mark(theirs.key(), 1, ActivityMark.held("Helena", T0));
        });

        assertThat(stores.clockActivities().find(theirs.key())).contains(marked);
        assertThat(stores.clockActivities().ofYear(ClockScope.city(), clock.year())).containsExactly(marked);
        assertThat(stores.clockActivities().ofYear(team, clock.year()))
                .containsExactlyElementsOf(ClockActivity.plannedFrom(team, clock));
    }

    // --- transactions a concurrent one aborted -------------------------------------------------------

    /** How each vendor reports that it aborted a transaction for a concurrent one. */
    static List<SQLException> conflicts() {
        return List.of(new SQLException("could not serialize access due to concurrent update", "40001"),
                new SQLException("deadlock detected", "40P01"),
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213),
                new SQLException("Record has changed since last read in table 'hm_account_plan'", "HY000", 1020),
                new SQLException("Deadlock detected. The current transaction was rolled back.", "40001", 40001),
                new SQLException("Concurrent update in table \"HM_ACCOUNT_PLAN\"", "90131", 90131));
    }

    /** How each vendor reports that a lock wait timed out. */
    static List<SQLException> lockTimeouts() {
        return List.of(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205),
                new SQLException("canceling statement due to lock timeout", "55P03"),
                new SQLException("Timeout trying to lock table", "HYT00", 50200));
    }

    /** Stores over the data source that validate, not migrate, the schema. */
    private static JdbcStores validating(AbortingDataSource aborting) {
        return JdbcStores.builder(aborting, SchemaMode.VALIDATE).build();
    }

    /** The first version of the Sivistystoimi 2027 plan, by the head at T0. */
    private static AccountPlanVersion firstSivistystoimiVersion() {
        return new AccountPlanVersion(SamplePlans.sivistystoimi2027(), 1, "head", T0, "created");
    }

    private AbortingDataSource aborting() {
        db().emptyStores("hm_account_plan_version", "hm_account_plan", "hm_reminder_outbox");
        return new AbortingDataSource(db().fixture().mainDataSource());
    }

    private static final String INSERT_VERSION = "INSERT INTO hm_account_plan_version";

    @ParameterizedTest
    @MethodSource("conflicts")
    void aStoreCallTheDatabaseAbortsForAConcurrentOneRunsAgainAndSucceeds(SQLException conflict) throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        aborting.abort(INSERT_VERSION, 2, conflict);

        stores.accountPlans().save(first);

        assertThat(aborting.executions()).isEqualTo(3);
        assertThat(stores.accountPlans().history(first.plan().sector(), first.plan().year())).containsExactly(first);
        assertThat(count(aborting, "hm_account_plan")).isOne();
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void aStoreCallAbortedOnEveryAttemptIsAConcurrentUpdateAndStoresNothing(SQLException conflict)
            throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        aborting.abort(INSERT_VERSION, Integer.MAX_VALUE, conflict);

        assertThatThrownBy(() -> stores.accountPlans().save(first))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.subject()).isEqualTo("account plan SIVI/2027");
                    assertThat(e.expectedVersion()).isZero();
                })
                .hasCause(conflict);
        assertThat(aborting.executions()).isEqualTo(Jdbc.ATTEMPTS);
        assertThat(count(aborting, "hm_account_plan")).isZero();
        assertThat(count(aborting, "hm_account_plan_version")).isZero();
    }

    @ParameterizedTest
    @MethodSource("lockTimeouts")
    void aLockWaitThatTimedOutIsAConcurrentUpdateAndIsNotRunAgain(SQLException timeout) throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        aborting.abort(INSERT_VERSION, 1, timeout);

        assertThatThrownBy(() -> stores.accountPlans().save(first)).isInstanceOf(ConcurrentUpdateException.class)
                .hasCause(timeout);
        assertThat(aborting.executions()).isOne();
        assertThat(count(aborting, "hm_account_plan")).isZero();
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void aConflictInsideATransactionRollsAllOfItBackEvenWhenTheWorkCatchesIt(SQLException conflict)
            throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        Reminder reminder = ReminderSamples.planAction(1, T0);

        aborting.abort(INSERT_VERSION, 1, conflict);
        assertThatThrownBy(() -> stores.inTransaction(() -> {
            stores.reminderOutbox().addIfAbsent(reminder);
            stores.accountPlans().save(first);
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class).hasCause(conflict);
        assertThat(aborting.executions()).as("a caller's transaction is never run again").isOne();

        aborting.abort(INSERT_VERSION, 1, conflict);
        assertThatThrownBy(() -> stores.inTransaction(() -> {
            stores.reminderOutbox().addIfAbsent(reminder);
            assertThatThrownBy(() -> stores.accountPlans().save(first)).isInstanceOf(ConcurrentUpdateException.class);
            return "went on";
        })).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(count(aborting, "hm_reminder_outbox")).isZero();
        assertThat(count(aborting, "hm_account_plan")).isZero();
        assertThat(count(aborting, "hm_account_plan_version")).isZero();
    }

    @Test
    void aStorageFailureInsideATransactionRollsAllOfItBackEvenWhenTheWorkCatchesIt() throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        Reminder reminder = ReminderSamples.planAction(1, T0);
        aborting.abort(INSERT_VERSION, 1, new SQLException("disk full (forced by the test)", "53100"));

        assertThatThrownBy(() -> stores.inTransaction(() -> {
            stores.reminderOutbox().addIfAbsent(reminder);
            assertThatThrownBy(() -> stores.accountPlans().save(first)).isInstanceOf(StorageException.class);
            return "went on";
        })).isInstanceOf(StorageException.class).hasMessageContaining("rolled back").hasRootCauseMessage(
                "disk full (forced by the test)");
        assertThat(count(aborting, "hm_reminder_outbox")).isZero();
        assertThat(count(aborting, "hm_account_plan")).isZero();
    }

    @Test
    void aTextTheDatabaseRefusesIsAnIllegalArgumentAndStoresNothing() throws SQLException {
        AbortingDataSource aborting = aborting();
        JdbcStores stores = validating(aborting);
        AccountPlanVersion first = firstSivistystoimiVersion();
        for (String state : List.of("22P05", "22021", "22001")) {
            aborting.abort(INSERT_VERSION, 1, new SQLException("refused by the test", state));
            assertThatThrownBy(() -> stores.accountPlans().save(first)).as(state)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(state);
            assertThat(aborting.executions()).as(state).isOne();
        }
        assertThat(count(aborting, "hm_account_plan")).isZero();
    }

    /** Four steering-group meetings of 2027. */
    private static AnnualClock steeringGroups() {
        List<Occurrence> meetings = new ArrayList<>();
        for (int month : new int[] {3, 4, 10, 11}) {
            meetings.add(new Occurrence(new TemplateId("SG-ä😀"), LocalDate.of(2027, month, 4),
                    Optional.of(LocalTime.of(9, 0)), Duration.ofHours(2), Set.of(new Participant("staff:HEAD"))));
        }
        return new AnnualClock(Year.of(2027), List.of(ActivityTemplate.scheduled(new TemplateId("SG-ä😀"), "SG",
                LocalizedText.same("Ohjausryhmä"), LocalizedText.same("Hepa"), Category.STEERING_GROUP,
                Cadence.exactly(4), new Participant("staff:HEAD"))), meetings, List.of());
    }

    // --- JSON columns -----------------------------------------------------------------------------------

    @Test
    void documentsRoundTripThroughTheJsonColumn() throws SQLException {
        JdbcStores stores = db().emptyStores();
        DataSource dataSource = db().fixture().mainDataSource();
        Vendor vendor = stores.jdbc().vendor();
        execute(dataSource, "CREATE TABLE hm_test_document (id VARCHAR(64) PRIMARY KEY, doc "
                + vendor.placeholders().get("json") + ") " + vendor.placeholders().get("table_options"));
        Customer customer = new Employee(new CustomerId("E-'1'"), "Åsa \"Öhman\" 😀 \\ ';--", new OrgUnitId("U-ä"),
                new AgreementCode("KVTES"), Language.SV, Optional.empty(), Optional.of(new CustomerId("S-1")));
        JsonColumns json = stores.jsonColumns();
        stores.jdbc().inTransaction("write documents", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hm_test_document (id, doc) VALUES (?, ?)")) {
                s.setString(1, "customer");
                json.bind(s, 2, customer, Customer.class);
                s.addBatch();
                s.setString(1, "nothing");
                json.bind(s, 2, null, Customer.class);
                s.addBatch();
                s.executeBatch();
            }
            return null;
        });
        Map<String, Customer> back = new HashMap<>();
        stores.jdbc().inTransaction("read documents", c -> {
            try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT id, doc FROM hm_test_document")) {
                while (row.next()) {
                    back.put(row.getString("id"), json.read(row, "doc", Customer.class));
                }
            }
            return null;
        });
        assertThat(back).containsEntry("customer", customer).containsEntry("nothing", null);
        assertThat(storedType(dataSource, vendor)).isEqualTo("employee");
    }

    /** The stored document's "type", read by the database itself where it understands JSON. */
    private static String storedType(DataSource dataSource, Vendor vendor) throws SQLException {
        String sql = switch (vendor) {
            case POSTGRESQL -> "SELECT doc ->> 'type' FROM hm_test_document WHERE id = 'customer'";
            case MARIADB -> "SELECT JSON_VALUE(doc, '$.type') FROM hm_test_document WHERE id = 'customer'";
            case H2 -> "SELECT CASE WHEN doc LIKE '%\"type\":\"employee\"%' THEN 'employee' END "
                    + "FROM hm_test_document WHERE id = 'customer'";
        };
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private static CustomerSnapshot snapshot(String label, int customers) {
        Sector sector = new Sector(new SectorId("S"), LocalizedText.same("Sektori"), true);
        List<OrgUnit> units = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            units.add(OrgUnit.root(new OrgUnitId("U" + u), sector.id(), "Yksikkö " + u));
        }
        List<Customer> list = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            list.add(new Employee(new CustomerId(label + "-" + c), "Työntekijä " + c, units.get(c % units.size()).id(),
                    new AgreementCode("KVTES"), Language.FI, Optional.empty(), Optional.empty()));
        }
        return new CustomerSnapshot(label, T0, CustomerBase.of(OrgStructure.of(List.of(sector), units), list));
    }

    /** Quotes Flyway's own identifiers where the vendor folds unquoted names (H2 to upper case). */
    private String q(String identifier) {
        return db().database() == TestDatabase.H2 ? "\"" + identifier + "\"" : identifier;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, Long> counts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : SNAPSHOT_TABLES) {
            counts.put(table, count(dataSource, table));
        }
        return counts;
    }

    private List<String> appliedVersions(DataSource dataSource) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT " + q("version") + " FROM " + q(Migrations.HISTORY_TABLE)
                     + " WHERE " + q("success") + " = TRUE AND " + q("version") + " IS NOT NULL AND "
                     + q("type") + " <> 'BASELINE' ORDER BY " + q("installed_rank"))) {
            while (row.next()) {
                versions.add(row.getString(1));
            }
        }
        return versions;
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
