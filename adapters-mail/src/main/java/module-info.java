/**
 * Hoitomalli's mail adapter: reminders over SMTP (Jakarta Mail with Eclipse Angus) with iCalendar
 * invitations (ical4j), and a dry-run mode that writes {@code .eml} files. One public entry point,
 * {@link fi.hoitomalli.mail.MailReminders}; everything else is package-private.
 */
module fi.hoitomalli.mail {
    requires transitive fi.hoitomalli.core;
    requires jakarta.mail;
    requires org.eclipse.angus.mail;
    requires ical4j.core;
    requires org.slf4j;

    exports fi.hoitomalli.mail;
}
