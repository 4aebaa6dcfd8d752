/**
 * The ground rules (pelisäännöt; GR-1 … GR-16, CP-1 and CP-2 in docs/rules.md): routing of inquiries,
 * escalation, redirections and call-back promises with a response time (vasteaika).
 */
package fi.hoitomalli.contact;
