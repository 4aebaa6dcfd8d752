/**
 * The customer base (asiakaskunta): sectors (toimialat), the org-unit tree inside each sector
 * (toimintayksiköt), collective agreements (virka- ja työehtosopimukset) as data, and the customers
 * themselves — employees, supervisors and executives — with the {@link fi.hoitomalli.customer.CustomerDirectory}
 * port through which the city's HR master data is read.
 */
package fi.hoitomalli.customer;
