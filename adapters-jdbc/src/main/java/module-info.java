/**
 * Hoitomalli's JDBC adapter: the store ports of core on PostgreSQL, MariaDB or H2 through a DataSource
 * you provide, the schema managed by Flyway. Exports only the factory package.
 */
module fi.hoitomalli.jdbc {
    requires transitive fi.hoitomalli.core;
    requires transitive java.sql;
    // Flyway 11's jar has no module name of its own (no Automatic-Module-Name in its manifest): this is the
    // automatic name Java derives from its file name, flyway-core-<version>.jar. The module-tests build
    // runs an embedding program on the module path that resolves it.
    requires flyway.core;
    requires org.slf4j;

    exports fi.hoitomalli.jdbc;

    // Flyway reads the SQL migrations as resources of this module; open each vendor folder
    // (db.migration.postgresql, .mariadb, .h2) here too when it gets its first migration.
    opens db.migration.common;
}
