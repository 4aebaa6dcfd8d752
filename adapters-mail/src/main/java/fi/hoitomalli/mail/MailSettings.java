package fi.hoitomalli.mail;

import fi.hoitomalli.common.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The configuration gathered by {@link MailReminders.Builder}; validated there. */
record MailSettings(String host, int port, MailReminders.Security security, Optional<String> username,
                    Optional<String> password, Optional<String> sslTrust, EmailAddress from, String fromName,
                    Duration connectTimeout, Duration readTimeout, String messageIdDomain, ZoneId zone, Clock clock) {

    String protocol() {
        return security == MailReminders.Security.TLS ? "smtps" : "smtp";
    }
}
