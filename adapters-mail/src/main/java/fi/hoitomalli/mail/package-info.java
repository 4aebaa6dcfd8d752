/**
 * Email reminders (sähköpostimuistutukset) over SMTP: {@link fi.hoitomalli.mail.MailReminders} builds a
 * {@link fi.hoitomalli.reminder.ReminderChannel} that sends multipart text + HTML messages in the
 * recipient's language, with a {@code text/calendar; method=REQUEST} part for invitations and a
 * {@code Message-ID} derived from the reminder key; or one that writes the same messages to files.
 */
package fi.hoitomalli.mail;
