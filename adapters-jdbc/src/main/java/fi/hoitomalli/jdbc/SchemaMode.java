package fi.hoitomalli.jdbc;

/**
 * What {@link JdbcStores} does with the database schema when it starts (skeeman hallinta).
 */
public enum SchemaMode {
    /**
     * Bring the schema to this library's version with its Flyway migrations, then verify it, as
     * {@link #VALIDATE} does. Needs a user that may create tables. Refuses a schema that is newer than the
     * library.
     */
    MIGRATE,
    /**
     * Change nothing: verify that the schema is exactly at this library's version (every migration
     * applied, unchanged) and refuse, with a {@link StorageException} saying what to do, to run against an
     * unmigrated, older, newer or unknown schema. For production users without DDL rights, whose schema is
     * migrated by a DBA or a deployment step.
     */
    VALIDATE
}
