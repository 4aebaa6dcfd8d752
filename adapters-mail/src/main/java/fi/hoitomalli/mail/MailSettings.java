package fi.hoitomalli.mail;

import fi.hoitomalli.common.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The configuration gathered by {@link MailReminders.Builder}; validated there. {@code trust} is the TLS
 * context built from the configured trust store; empty means the JVM's default trust.
 */
record MailSettings(String host, int port, MailReminders.Security security, Optional<String> username,
                    Optional<String> password, Optional<SSLContext> trust, EmailAddress from, String fromName,
                    Duration connectTimeout, Duration readTimeout, String messageIdDomain, ZoneId zone, Clock clock) {

    String protocol() {
        return security == MailReminders.Security.TLS ? "smtps" : "smtp";
    }
}
