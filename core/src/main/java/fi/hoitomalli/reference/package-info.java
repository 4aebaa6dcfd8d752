/**
 * Reference data: the Vantaa 2009 service centre (six sectors, 11,416 employees, about 720 supervisors, 41
 * secretaries) and a deterministic, seeded generator of realistic cities up to a million customers.
 */
package fi.hoitomalli.reference;
