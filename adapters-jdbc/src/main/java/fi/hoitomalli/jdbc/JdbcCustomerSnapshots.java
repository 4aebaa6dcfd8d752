package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;

/**
 * {@link CustomerSnapshots} in relational tables (V1): one row per snapshot and one per sector, unit,
 * customer and managed unit, written with JDBC batches in one transaction and read back in the saved
 * order.
 */
final class JdbcCustomerSnapshots implements CustomerSnapshots {

    private final Jdbc jdbc;
    private final int batchSize;

    JdbcCustomerSnapshots(Jdbc jdbc, int batchSize) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        checkArgument(batchSize > 0, "batchSize must be positive");
        this.batchSize = batchSize;
    }

    @Override
    public void save(CustomerSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        checkStorable(snapshot);
        jdbc.inTransaction("save customer snapshot", connection -> {
            long id = insertSnapshot(connection, snapshot);
            insertSectors(connection, id, snapshot.base().orgStructure().sectors());
            insertUnits(connection, id, snapshot.base().orgStructure().units());
            insertCustomers(connection, id, snapshot.base().customers());
            insertManagedUnits(connection, id, snapshot.base().customers());
            return id;
        });
    }

    @Override
    public Optional<CustomerSnapshot> latest() {
        return jdbc.inTransaction("load the latest customer snapshot", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, label, taken_at FROM hm_customer_snapshot ORDER BY taken_at DESC, id DESC LIMIT 1")) {
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    long id = row.getLong("id");
                    String label = row.getString("label");
                    Instant takenAt = Rows.instant(row, "taken_at");
                    return Optional.of(new CustomerSnapshot(label, takenAt, loadBase(connection, id)));
                }
            }
        });
    }

    /** The label of {@code hm_customer_snapshot} is a {@code VARCHAR(200)}. */
    static final int MAX_LABEL_LENGTH = 200;

    /** Ids and texts the columns cannot hold are refused before anything is written. */
    private static void checkStorable(CustomerSnapshot snapshot) {
        StorableText.check("the label of the customer snapshot", snapshot.label(), MAX_LABEL_LENGTH);
        CustomerBase base = snapshot.base();
        for (Sector sector : base.orgStructure().sectors()) {
            checkId("sector", sector.id().value());
            StorableText.check("the Finnish name of sector " + sector.id(), sector.name().fi());
            StorableText.check("the Swedish name of sector " + sector.id(), sector.name().sv());
            StorableText.check("the English name of sector " + sector.id(), sector.name().en());
        }
        for (OrgUnit unit : base.orgStructure().units()) {
            checkId("org unit", unit.id().value());
            StorableText.check("the name of org unit " + unit.id(), unit.name());
        }
        for (Customer customer : base.customers()) {
            checkId("customer", customer.id().value());
            checkId("agreement", customer.agreement().value());
            StorableText.check("the name of customer " + customer.id(), customer.name());
        }
    }

    private static void checkId(String what, String id) {
        Rows.checkId(what, id);
    }

    private static long insertSnapshot(Connection connection, CustomerSnapshot snapshot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO hm_customer_snapshot (label, taken_at, sector_count, unit_count, customer_count) "
                        + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, snapshot.label());
            Rows.setInstant(statement, 2, snapshot.takenAt());
            statement.setInt(3, snapshot.base().orgStructure().sectors().size());
            statement.setInt(4, snapshot.base().orgStructure().units().size());
            statement.setInt(5, snapshot.base().size());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new customer snapshot");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertSectors(Connection connection, long snapshot, List<Sector> sectors) throws SQLException {
        try (Batch batch = new Batch(connection, "INSERT INTO hm_snapshot_sector "
                + "(snapshot_id, seq, sector_id, name_fi, name_sv, name_en, service_centre) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", batchSize)) {
            int seq = 0;
            for (Sector sector : sectors) {
                PreparedStatement row = batch.statement();
                row.setLong(1, snapshot);
                row.setInt(2, seq++);
                row.setString(3, sector.id().value());
                row.setString(4, sector.name().fi());
                row.setString(5, sector.name().sv());
                row.setString(6, sector.name().en());
                row.setBoolean(7, sector.serviceCentreCustomer());
                batch.add();
            }
        }
    }

    private void insertUnits(Connection connection, long snapshot, List<OrgUnit> units) throws SQLException {
        try (Batch batch = new Batch(connection, "INSERT INTO hm_snapshot_unit "
                + "(snapshot_id, seq, unit_id, sector_id, parent_id, name, service_centre) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", batchSize)) {
            int seq = 0;
            for (OrgUnit unit : units) {
                PreparedStatement row = batch.statement();
                row.setLong(1, snapshot);
                row.setInt(2, seq++);
                row.setString(3, unit.id().value());
                row.setString(4, unit.sector().value());
                setOptional(row, 5, unit.parent().map(OrgUnitId::value));
                row.setString(6, unit.name());
                row.setString(7, unit.serviceCentre().name());
                batch.add();
            }
        }
    }

    private void insertCustomers(Connection connection, long snapshot, List<Customer> customers) throws SQLException {
        try (Batch batch = new Batch(connection, "INSERT INTO hm_snapshot_customer "
                + "(snapshot_id, seq, customer_id, role, name, unit_id, agreement, language, email, supervisor_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batchSize)) {
            int seq = 0;
            for (Customer customer : customers) {
                PreparedStatement row = batch.statement();
                row.setLong(1, snapshot);
                row.setInt(2, seq++);
                row.setString(3, customer.id().value());
                row.setString(4, customer.role().name());
                row.setString(5, customer.name());
                row.setString(6, customer.unit().value());
                row.setString(7, customer.agreement().value());
                row.setString(8, customer.language().tag());
                setOptional(row, 9, customer.email().map(EmailAddress::value));
                Optional<CustomerId> supervisor = customer instanceof Employee employee
                        ? employee.supervisor() : Optional.empty();
                setOptional(row, 10, supervisor.map(CustomerId::value));
                batch.add();
            }
        }
    }

    private void insertManagedUnits(Connection connection, long snapshot, List<Customer> customers)
            throws SQLException {
        try (Batch batch = new Batch(connection, "INSERT INTO hm_snapshot_managed_unit "
                + "(snapshot_id, customer_id, unit_id) VALUES (?, ?, ?)", batchSize)) {
            for (Customer customer : customers) {
                if (customer instanceof Supervisor supervisor) {
                    for (OrgUnitId unit : supervisor.managedUnits()) {
                        PreparedStatement row = batch.statement();
                        row.setLong(1, snapshot);
                        row.setString(2, supervisor.id().value());
                        row.setString(3, unit.value());
                        batch.add();
                    }
                }
            }
        }
    }

    private static void setOptional(PreparedStatement row, int index, Optional<String> value) throws SQLException {
        Rows.setOptional(row, index, value);
    }

    private static CustomerBase loadBase(Connection connection, long snapshot) throws SQLException {
        List<Sector> sectors = new ArrayList<>();
        query(connection, "SELECT sector_id, name_fi, name_sv, name_en, service_centre FROM hm_snapshot_sector "
                + "WHERE snapshot_id = ? ORDER BY seq", snapshot, row -> sectors.add(new Sector(
                        new SectorId(row.getString("sector_id")),
                        new LocalizedText(row.getString("name_fi"), row.getString("name_sv"), row.getString("name_en")),
                        row.getBoolean("service_centre"))));
        List<OrgUnit> units = new ArrayList<>();
        query(connection, "SELECT unit_id, sector_id, parent_id, name, service_centre FROM hm_snapshot_unit "
                + "WHERE snapshot_id = ? ORDER BY seq", snapshot, row -> units.add(new OrgUnit(
                        new OrgUnitId(row.getString("unit_id")),
                        new SectorId(row.getString("sector_id")),
                        Optional.ofNullable(row.getString("parent_id")).map(OrgUnitId::new),
                        row.getString("name"),
                        ServiceCentreStatus.valueOf(row.getString("service_centre")))));
        Map<String, Set<OrgUnitId>> managed = new HashMap<>();
        query(connection, "SELECT customer_id, unit_id FROM hm_snapshot_managed_unit WHERE snapshot_id = ?",
                snapshot, row -> managed.computeIfAbsent(row.getString("customer_id"), k -> new LinkedHashSet<>())
                        .add(new OrgUnitId(row.getString("unit_id"))));
        List<Customer> customers = new ArrayList<>();
        query(connection, "SELECT customer_id, role, name, unit_id, agreement, language, email, supervisor_id "
                + "FROM hm_snapshot_customer WHERE snapshot_id = ? ORDER BY seq", snapshot,
                row -> customers.add(customer(row, managed)));
        try {
            return CustomerBase.of(OrgStructure.of(sectors, units), customers);
        } catch (IllegalArgumentException e) {
            throw new StorageException("stored customer snapshot " + snapshot + " is inconsistent: " + e.getMessage(),
                    e);
        }
    }

    private static Customer customer(ResultSet row, Map<String, Set<OrgUnitId>> managed) throws SQLException {
        CustomerId id = new CustomerId(row.getString("customer_id"));
        String name = row.getString("name");
        OrgUnitId unit = new OrgUnitId(row.getString("unit_id"));
        AgreementCode agreement = new AgreementCode(row.getString("agreement"));
        Language language = Language.ofTag(row.getString("language"));
        Optional<EmailAddress> email = Optional.ofNullable(row.getString("email")).map(EmailAddress::new);
        return switch (Role.valueOf(row.getString("role"))) {
            case EMPLOYEE -> new Employee(id, name, unit, agreement, language, email,
                    Optional.ofNullable(row.getString("supervisor_id")).map(CustomerId::new));
            case SUPERVISOR -> new Supervisor(id, name, unit, agreement, language, email,
                    managed.getOrDefault(id.value(), Set.of()));
            case EXECUTIVE -> new Executive(id, name, unit, agreement, language, email);
        };
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, long snapshot, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, snapshot);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    handler.handle(row);
                }
            }
        }
    }
}
