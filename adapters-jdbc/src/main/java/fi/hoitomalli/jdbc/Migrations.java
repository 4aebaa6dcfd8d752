package fi.hoitomalli.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of the adapter, managed by Flyway: the common migrations ({@code db/migration/common}, with
 * the vendor's type placeholders) plus the vendor's own folder when it has one. Versions are unique
 * across both: a step that differs by vendor lives, with the same version, in every vendor folder and
 * not in {@code common}. Hoitomalli keeps its own history table, so it can share a schema with the
 * embedding system's tables and its Flyway history.
 */
final class Migrations {

    static final String HISTORY_TABLE = "hoitomalli_schema_history";
    static final String ROOT = "db/migration/";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final Flyway flyway;

    Migrations(DataSource dataSource, Vendor vendor) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(locations(vendor).toArray(String[]::new))
                .placeholders(vendor.placeholders())
                // an embedding system's own tables may already be in the schema
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before Hoitomalli")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** The classpath locations of the vendor's migrations. */
    static List<String> locations(Vendor vendor) {
        List<String> locations = new ArrayList<>(List.of("classpath:" + ROOT + "common"));
        String own = ROOT + vendor.folder();
        if (Migrations.class.getClassLoader().getResource(own) != null) {
            locations.add("classpath:" + own);
        }
        return locations;
    }

    /** Applies what is missing, then verifies as {@link #verify()} does. */
    String migrate() {
        try {
            refuseNewer(flyway.info());
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info("Hoitomalli schema: {} migration(s) applied", applied);
            return verify();
        } catch (FlywayException e) {
            throw new StorageException("could not migrate the Hoitomalli schema: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that the schema is at this library's version, unchanged.
     *
     * @return the schema version
     * @throws StorageException naming what is wrong and what to do
     */
    String verify() {
        try {
            MigrationInfoService info = flyway.info();
            refuseNewer(info);
            MigrationInfo[] applied = info.applied();
            if (Arrays.stream(applied).noneMatch(m -> m.getState() == MigrationState.SUCCESS)) {
                throw new StorageException("the database has no Hoitomalli schema (no applied migration in table "
                        + HISTORY_TABLE + "): start once with SchemaMode.MIGRATE, or apply the migrations of "
                        + ROOT + " with Flyway before starting with SchemaMode.VALIDATE");
            }
            MigrationInfo[] pending = info.pending();
            if (pending.length > 0) {
                throw new StorageException("the Hoitomalli schema is at version " + info.current().getVersion()
                        + " but this library needs " + latest(info) + " (pending: " + describe(pending)
                        + "): migrate it with SchemaMode.MIGRATE or Flyway first");
            }
            ValidateResult result = flyway.validateWithResult();
            if (!result.validationSuccessful) {
                throw new StorageException("the Hoitomalli schema does not match this library's migrations "
                        + "(an unknown, changed or failed migration): " + result.getAllErrorMessages());
            }
            return info.current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StorageException("could not read the Hoitomalli schema history: " + e.getMessage(), e);
        }
    }

    private static void refuseNewer(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new StorageException("the Hoitomalli schema is newer than this library (it has " + describe(future)
                    + ", this library knows up to " + latest(info) + "): use the Hoitomalli version that "
                    + "migrated it or a later one; an older library never runs against a newer schema");
        }
    }

    private static String latest(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("none");
    }

    private static String describe(MigrationInfo[] migrations) {
        return Arrays.stream(migrations)
                .map(m -> "V" + m.getVersion() + " " + m.getDescription())
                .collect(Collectors.joining(", "));
    }
}
