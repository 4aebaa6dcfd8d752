/**
 * The service centre's people and the one-handler model (yhden käsittelijän malli): service teams
 * (palvelutiimit) with their team leads, secretaries (henkilöstöpalvelusihteerit), substitute pairs
 * (sijaisparit), the management group (johtoryhmä), the escalation chain, and customer pots
 * (asiakaspotit) with the {@code PotPlanner} that keeps them balanced and stable.
 */
package fi.hoitomalli.team;
