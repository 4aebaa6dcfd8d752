/**
 * Reminders (muistutukset): what is due to whom and when — intranet-update digests, annual-clock
 * invitations, overdue promises and feedback — with the outbox and channel ports.
 */
package fi.hoitomalli.reminder;
