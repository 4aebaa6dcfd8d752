package fi.hoitomalli.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.reminder.ReminderChannel;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The entry point of the mail adapter (sähköpostimuistutukset): builds a {@link ReminderChannel} that sends
 * reminders over SMTP, or one that writes them to {@code .eml} files (dry run).
 *
 * <pre>{@code
 * ReminderChannel channel = MailReminders.builder()
 *         .server("smtp.vantaa.fi", 587)
 *         .security(MailReminders.Security.STARTTLS)
 *         .credentials("hoitomalli", secret)
 *         .trustStore(cityCertificates)          // optional: else the JVM's CAs; chain and host name always checked
 *         .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
 *         .messageIdDomain("hoitomalli.vantaa.fi")
 *         .build();
 * }</pre>
 *
 * Messages are {@code multipart/alternative} (plain text + HTML in the recipient's language; invitations add
 * a {@code text/calendar; method=REQUEST} part), with a {@code Message-ID} derived from the reminder key so
 * that a resend is the same message. Header values with CR/LF are rejected (a permanent failure), never
 * cleaned.
 */
public final class MailReminders {

    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP, for a relay on the local network or a test server only. */
        NONE,
        /** SMTP upgraded with STARTTLS, required (usually port 587). */
        STARTTLS,
        /** SMTP over TLS from the first byte, "smtps" (usually port 465). */
        TLS
    }

    private static final Pattern UNSAFE_HOST = Pattern.compile("[\\s\\p{Cntrl}]");

    private MailReminders() {
    }

    /**
     * A context class loader for threads that create or parse Jakarta Mail messages outside a channel (a
     * channel does this for its own batches): it delegates everything to {@code parent} and remembers the
     * {@code META-INF/services/} files it found, serving them from memory. Jakarta Mail 2.1 looks its
     * {@code StreamProvider} up through the thread's context class loader for every multipart, body part and
     * encoder — on the class path a scan of every jar each time (jakartaee/mail-api issues 699 and 861). Set it
     * with {@code Thread.setContextClassLoader} on the threads that do that work, or on the thread that starts
     * them (new threads inherit it). Service files added to the class path afterwards are not seen through it.
     *
     * @param parent the loader that answers everything, usually the thread's current context class loader
     */
    public static ClassLoader providerLookupCache(ClassLoader parent) {
        return ServiceLookupCache.over(Objects.requireNonNull(parent, "parent must not be null"));
    }

    /** A new builder with defaults: STARTTLS, 10 s connect and 30 s read timeouts, Europe/Helsinki, system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings of a channel; not thread-safe, build once. */
    public static final class Builder {
        private String host;
        private int port;
        private Security security = Security.STARTTLS;
        private String username;
        private String password;
        private SSLContext trust;
        private EmailAddress from;
        private String fromName;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private String messageIdDomain;
        private ZoneId zone = WorkingCalendar.HELSINKI;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The SMTP server.
         *
         * @throws IllegalArgumentException if the host is blank or has white space, or the port is not 1–65535
         */
        public Builder server(String host, int port) {
            Objects.requireNonNull(host, "host must not be null");
            checkArgument(!host.isBlank() && !UNSAFE_HOST.matcher(host).find(), "invalid SMTP host: '%s'",
                    host.replaceAll("\\p{Cntrl}", "?"));
            checkArgument(port >= 1 && port <= 65535, "SMTP port must be 1-65535: %s", port);
            this.host = host;
            this.port = port;
            return this;
        }

        /** How the connection is protected (default STARTTLS). */
        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security, "security must not be null");
            return this;
        }

        /**
         * Log in with these credentials (SMTP AUTH); without them no authentication is attempted. A refused
         * login (SMTP 535) is a {@code PermanentFailure} for every reminder of the batch, after one attempt:
         * wrong credentials do not heal by retrying, and repeated failed logins can lock the account. The
         * dispatcher marks those reminders failed with the server's reply.
         */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username must not be null");
            this.password = Objects.requireNonNull(password, "password must not be null");
            return this;
        }

        /**
         * Trust only the certificates in this trust store (e.g. the city's own CA, or a relay's self-signed
         * certificate) instead of the JVM's default CAs, for STARTTLS and TLS. The chain is still checked
         * against these certificates, and the server's host name must be in its certificate's subject
         * alternative names; there is no way to turn either check off. The store's certificates are read now:
         * later changes to it have no effect.
         *
         * @throws IllegalArgumentException if the store is not loaded or holds no certificate
         */
        public Builder trustStore(KeyStore trustStore) {
            Objects.requireNonNull(trustStore, "trustStore must not be null");
            this.trust = TrustStores.context(trustStore);
            return this;
        }

        /**
         * The sender of every reminder.
         *
         * @throws IllegalArgumentException if the name contains CR, LF or other control characters
         */
        public Builder from(EmailAddress address, String name) {
            this.from = Objects.requireNonNull(address, "address must not be null");
            this.fromName = HeaderGuard.check("sender name", Objects.requireNonNull(name, "name must not be null"));
            return this;
        }

        /** Connect and read/write timeouts of the SMTP connection (both positive). */
        public Builder timeouts(Duration connect, Duration read) {
            checkArgument(connect != null && !connect.isNegative() && !connect.isZero(), "connect timeout must be positive");
            checkArgument(read != null && !read.isNegative() && !read.isZero(), "read timeout must be positive");
            this.connectTimeout = connect;
            this.readTimeout = read;
            return this;
        }

        /**
         * The domain part of Message-IDs and iCalendar UIDs, also the EHLO name (e.g. {@code hoitomalli.vantaa.fi}).
         *
         * @throws IllegalArgumentException if it is not a host name
         */
        public Builder messageIdDomain(String domain) {
            Objects.requireNonNull(domain, "domain must not be null");
            checkArgument(domain.matches("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"),
                    "not a host name: '%s'", domain);
            this.messageIdDomain = domain;
            return this;
        }

        /** The zone times are shown in (default Europe/Helsinki). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone must not be null");
            return this;
        }

        /** The clock of the {@code Date} header (default the system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * A channel that sends over SMTP.
         *
         * @throws IllegalStateException if the server, the sender or the Message-ID domain is missing, or a
         *         trust store is given for plain SMTP
         */
        public ReminderChannel build() {
            return new SmtpReminderChannel(smtpSettings());
        }

        /**
         * The Jakarta Mail session properties of the channel {@link #build()} makes — server, protocol,
         * security, trust store and host-name verification, timeouts, EHLO name, {@code TCP_NODELAY} sockets —
         * as a new {@link Properties}, for an application that sends other mail through the same server with
         * the same settings ({@code Session.getInstance(properties)}). The credentials are not in it: pass them
         * to {@code Transport.connect} or {@code Transport.send}. {@code Transport.send} picks the transport by
         * address type, so for {@link Security#TLS} set {@code mail.transport.protocol.rfc822=smtps} as well.
         *
         * @throws IllegalStateException as {@link #build()} does
         */
        public Properties sessionProperties() {
            return SmtpReminderChannel.properties(smtpSettings());
        }

        private MailSettings smtpSettings() {
            checkState(host != null, "server(host, port) is required");
            checkState(trust == null || security != Security.NONE, "a trust store needs STARTTLS or TLS, not NONE");
            return settings();
        }

        /**
         * A channel that writes each message to {@code <directory>/<kind>-<id>.eml} instead of sending it.
         *
         * @throws IllegalStateException if the sender or the Message-ID domain is missing
         */
        public ReminderChannel buildDryRun(Path directory) {
            Objects.requireNonNull(directory, "directory must not be null");
            return new DryRunReminderChannel(settings(), directory);
        }

        MailSettings settings() {
            checkState(from != null, "from(address, name) is required");
            checkState(messageIdDomain != null, "messageIdDomain(domain) is required");
            return new MailSettings(host == null ? "localhost" : host, port == 0 ? 25 : port, security,
                    Optional.ofNullable(username), Optional.ofNullable(password), Optional.ofNullable(trust),
                    from, fromName, connectTimeout, readTimeout, messageIdDomain, zone, clock);
        }
    }
}
