/**
 * The two documentation forms (II-6.5, II-9.3): the challenging-customer-situation form (asiakastilanteen
 * dokumentointi) and the customer-feedback form (palautteen dokumentointi), their lifecycles, the team-meeting
 * agenda, period summaries and JSON Schemas.
 */
package fi.hoitomalli.forms;
