/**
 * Phone hours (puhelinajat, PH-1 … PH-10): the per-team phone-hour policy, customer votes, the scheduler
 * with its proof of optimality, plan expansion over the calendar, the rule validator and reachability ("who
 * answers customer C now?").
 */
package fi.hoitomalli.phone;
