/**
 * The ground rules (pelisäännöt, §9): routing of inquiries, escalation, redirections and call-back
 * promises with a response time (vasteaika).
 */
package fi.hoitomalli.contact;
