/**
 * Product cards (tuotekortit): what each service contains and promises, with ordering deadlines,
 * delivery times and quality metrics.
 */
package fi.hoitomalli.catalog;
