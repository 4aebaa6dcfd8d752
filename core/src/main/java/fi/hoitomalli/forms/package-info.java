/**
 * The two documentation forms: the challenging-customer-situation form (asiakastilanteen
 * dokumentointi) and the customer-feedback form (palautteen dokumentointi), their lifecycles, the team-meeting
 * agenda, period summaries and JSON Schemas.
 */
package fi.hoitomalli.forms;
