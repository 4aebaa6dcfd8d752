/**
 * The Jackson integration: one Module, registered for ServiceLoader, that gives every public type of the
 * library one JSON shape shared by embedding systems, the JDBC adapter and plugins. Also the CSV import of the
 * customer directory (jackson-dataformat-csv). The only package of core that depends on Jackson.
 */
package fi.hoitomalli.json;
