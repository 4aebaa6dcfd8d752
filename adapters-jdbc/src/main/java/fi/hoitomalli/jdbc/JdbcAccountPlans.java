package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.plan.DevelopmentActions;
import fi.hoitomalli.plan.GeneralInformation;
import fi.hoitomalli.plan.RelationshipDescription;
import fi.hoitomalli.plan.Responsibilities;

/**
 * {@link AccountPlans} in two tables (V2): {@code hm_account_plan} holds the latest version number of
 * each sector's plan for a year — the optimistic lock every save moves by one — and
 * {@code hm_account_plan_version} every version with its four sections as JSON documents.
 */
final class JdbcAccountPlans implements AccountPlans {

    private static final String VERSION_COLUMNS = "v.sector_id, v.plan_year, v.version, v.author, v.changed_at, "
            + "v.reason, v.general_info, v.relationship, v.responsibilities, v.development";
    private static final String CURRENT = "SELECT " + VERSION_COLUMNS + " FROM hm_account_plan p "
            + "JOIN hm_account_plan_version v ON v.sector_id = p.sector_id AND v.plan_year = p.plan_year "
            + "AND v.version = p.version ";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcAccountPlans(Jdbc jdbc, JsonColumns json) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    @Override
    public void save(AccountPlanVersion version) {
        Objects.requireNonNull(version, "version must not be null");
        AccountPlan plan = version.plan();
        Rows.checkId("sector", plan.sector().value());
        String subject = plan.subject();
        Sections sections = sections(version, subject);
        jdbc.inTransaction("save " + subject, subject, version.version() - 1, connection -> {
            long latest = Rows.first(connection, "SELECT version FROM hm_account_plan WHERE sector_id = ? "
                    + "AND plan_year = ?", s -> bindKey(s, plan.sector(), plan.year()), row -> row.getLong(1))
                    .orElse(0L);
            if (version.version() <= latest) {
                throw new ConcurrentUpdateException(subject, version.version() - 1);
            }
            checkArgument(version.version() == latest + 1, "%s: version %s skips version %s", subject,
                    version.version(), latest + 1);
            if (version.version() == 1) {
                OptimisticLock.insertFirst(connection, "INSERT INTO hm_account_plan (sector_id, plan_year, version) "
                        + "VALUES (?, ?, 1)", s -> bindKey(s, plan.sector(), plan.year()), subject);
            } else {
                OptimisticLock.update(connection, "UPDATE hm_account_plan SET version = version + 1 "
                        + "WHERE sector_id = ? AND plan_year = ? AND version = ?",
                        s -> bindKey(s, plan.sector(), plan.year()), subject, version.version() - 1);
            }
            insertVersion(connection, version, sections);
            return null;
        });
    }

    @Override
    public Optional<AccountPlanVersion> current(SectorId sector, Year year) {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(year, "year must not be null");
        return jdbc.inTransaction("load account plan " + sector + "/" + year, connection -> Rows.first(connection,
                CURRENT + "WHERE p.sector_id = ? AND p.plan_year = ?", s -> bindKey(s, sector, year), this::version));
    }

    @Override
    public List<AccountPlanVersion> history(SectorId sector, Year year) {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(year, "year must not be null");
        return jdbc.inTransaction("load the history of account plan " + sector + "/" + year,
                connection -> List.copyOf(Rows.list(connection, "SELECT " + VERSION_COLUMNS
                        + " FROM hm_account_plan_version v WHERE v.sector_id = ? AND v.plan_year = ? ORDER BY v.version",
                        s -> bindKey(s, sector, year), this::version)));
    }

    @Override
    public List<AccountPlanVersion> currentOf(Year year) {
        Objects.requireNonNull(year, "year must not be null");
        return jdbc.inTransaction("load the account plans of " + year, connection -> Rows.list(connection,
                        CURRENT + "WHERE p.plan_year = ? ORDER BY p.sector_id", s -> s.setInt(1, year.getValue()),
                        this::version).stream()
                // the database's collation need not order as Java does; the port orders by String
                .sorted(Comparator.comparing(v -> v.plan().sector().value()))
                .toList());
    }

    private static int bindKey(PreparedStatement statement, SectorId sector, Year year) throws SQLException {
        statement.setString(1, sector.value());
        statement.setInt(2, year.getValue());
        return 2;
    }

    /** A version's four sections as checked JSON and its texts checked: all that can be refused, before writing. */
    private Sections sections(AccountPlanVersion version, String subject) {
        AccountPlan plan = version.plan();
        StorableText.check("the author of " + subject, version.author());
        StorableText.check("the reason of " + subject, version.reason());
        return new Sections(
                json.write(plan.general(), GeneralInformation.class, "the general information of " + subject),
                json.write(plan.relationship(), RelationshipDescription.class,
                        "the relationship description of " + subject),
                json.write(plan.responsibilities(), Responsibilities.class, "the responsibilities of " + subject),
                json.write(plan.development(), DevelopmentActions.class, "the development actions of " + subject));
    }

    /** The JSON of a version's sections. */
    private record Sections(String general, String relationship, String responsibilities, String development) {
    }

    private void insertVersion(Connection connection, AccountPlanVersion version, Sections sections)
            throws SQLException {
        AccountPlan plan = version.plan();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO hm_account_plan_version "
                + "(sector_id, plan_year, version, author, changed_at, reason, general_info, relationship, "
                + "responsibilities, development) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindKey(statement, plan.sector(), plan.year());
            statement.setLong(3, version.version());
            statement.setString(4, version.author());
            Rows.setInstant(statement, 5, version.changedAt());
            statement.setString(6, version.reason());
            json.bindWritten(statement, 7, sections.general());
            json.bindWritten(statement, 8, sections.relationship());
            json.bindWritten(statement, 9, sections.responsibilities());
            json.bindWritten(statement, 10, sections.development());
            statement.executeUpdate();
        }
    }

    private AccountPlanVersion version(ResultSet row) throws SQLException {
        AccountPlan plan = new AccountPlan(new SectorId(row.getString("sector_id")), Year.of(row.getInt("plan_year")),
                json.read(row, "general_info", GeneralInformation.class),
                json.read(row, "relationship", RelationshipDescription.class),
                json.read(row, "responsibilities", Responsibilities.class),
                json.read(row, "development", DevelopmentActions.class));
        return new AccountPlanVersion(plan, row.getLong("version"), row.getString("author"),
                Rows.instant(row, "changed_at"), row.getString("reason"));
    }
}
