package fi.hoitomalli.mail;

import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders over SMTP with Jakarta Mail (Eclipse Angus). A batch shares one connection; SMTP replies
 * decide the outcome: 5xx (an unknown mailbox, a rejected message) is permanent, 4xx and network trouble
 * (refused connection, timeouts) transient. A connection lost mid-batch is reopened once for the next
 * reminder; if that fails, the rest of the batch is reported without being tried:
 *
 * <ul>
 *   <li><b>authentication refused</b> (SMTP 535, {@code AuthenticationFailedException}): <em>permanent</em>
 *       for every remaining reminder of the batch, with the server's reply as the reason. Wrong credentials
 *       do not heal by waiting, and retrying each reminder would log in with the wrong password again and
 *       again (servers lock accounts for that). One login attempt per batch; the dispatcher marks the
 *       reminders failed with that reason ({@code ReminderOutbox.withStatus(FAILED)} lists them), and they are
 *       not revived when the credentials are fixed. Each later pass tries one login again with its own
 *       batch, so an operator must react to failed reminders.</li>
 *   <li><b>TLS verification failed</b> (certificate not trusted, or not issued for the host name we
 *       connect to): <em>transient</em>, with a reason that says so. Nothing was sent over the unverified
 *       connection, another attempt costs one handshake, and the cause — a renewed server certificate, a
 *       trust store not yet updated — is often fixed within the retry window.</li>
 *   <li>anything else (refused, timeout, 4xx greeting): <em>transient</em>.</li>
 * </ul>
 */
final class SmtpReminderChannel implements ReminderChannel {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpReminderChannel.class);

    private final MailSettings settings;
    private final Session session;
    private final MessageAssembler assembler;
    private final ServiceLookupCache.PerChannel lookups = new ServiceLookupCache.PerChannel();

    SmtpReminderChannel(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        this.assembler = new MessageAssembler(settings);
    }

    static Properties properties(MailSettings s) {
        String p = "mail." + s.protocol() + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", s.protocol());
        props.setProperty(p + "host", s.host());
        props.setProperty(p + "port", Integer.toString(s.port()));
        props.setProperty(p + "connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        props.setProperty(p + "timeout", Long.toString(s.readTimeout().toMillis()));
        props.setProperty(p + "writetimeout", Long.toString(s.readTimeout().toMillis()));
        // EHLO name: without it Angus looks up the local host name, which can hang on a misconfigured DNS.
        props.setProperty(p + "localhost", s.messageIdDomain());
        props.setProperty(p + "from", s.from().value());
        props.setProperty(p + "quitwait", "false");
        props.setProperty(p + "auth", Boolean.toString(s.username().isPresent()));
        // Without this, a socket our factory could not open (e.g. a TLS handshake that failed verification) is
        // tried again with Jakarta Mail's default factory, and the second failure hides the first one's reason.
        props.setProperty(p + "socketFactory.fallback", "false");
        if (s.security() == MailReminders.Security.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (s.security() == MailReminders.Security.TLS) {
            props.setProperty(p + "ssl.enable", "true");
        } else {
            // STARTTLS layers TLS over this plain socket, so it keeps TCP_NODELAY too.
            props.put(p + "socketFactory", new NoDelaySocketFactory());
        }
        if (s.security() != MailReminders.Security.NONE) {
            // Used for SMTPS and for the STARTTLS upgrade alike: the chain and the host name are always checked.
            props.put(p + "ssl.socketFactory", new TlsSocketFactory(s.trust().orElseGet(TrustStores::jvmDefault)));
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    @Override
    public DeliveryOutcome send(Reminder reminder) {
        return sendAll(List.of(Objects.requireNonNull(reminder, "reminder must not be null"))).get(0);
    }

    @Override
    public List<DeliveryOutcome> sendAll(List<Reminder> reminders) {
        Objects.requireNonNull(reminders, "reminders must not be null");
        // Jakarta Mail's per-part provider lookups, remembered by this channel (see ServiceLookupCache).
        return lookups.around(() -> sendBatch(reminders));
    }

    private List<DeliveryOutcome> sendBatch(List<Reminder> reminders) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(reminders.size());
        Transport transport = null;
        try {
            for (Reminder reminder : reminders) {
                MimeMessage message;
                try {
                    message = assembler.assemble(session, reminder);
                } catch (IllegalArgumentException | MessagingException e) {
                    outcomes.add(new DeliveryOutcome.PermanentFailure(reminder.key(), "message rejected: " + e.getMessage()));
                    continue;
                }
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = connect();
                    } catch (AuthenticationFailedException e) {
                        String reason = "SMTP authentication as '" + settings.username().orElse("") + "' refused by "
                                + server() + " (not retried; check the credentials): " + describe(e);
                        LOG.error("{}; {} reminder(s) marked failed", reason, reminders.size() - outcomes.size());
                        reminders.subList(outcomes.size(), reminders.size())
                                .forEach(r -> outcomes.add(new DeliveryOutcome.PermanentFailure(r.key(), reason)));
                        return outcomes;
                    } catch (MessagingException e) {
                        String reason = connectFailure(e);
                        LOG.warn("{}; {} reminder(s) left for a retry", reason, reminders.size() - outcomes.size());
                        reminders.subList(outcomes.size(), reminders.size())
                                .forEach(r -> outcomes.add(new DeliveryOutcome.TransientFailure(r.key(), reason)));
                        return outcomes;
                    }
                }
                outcomes.add(sendOne(transport, reminder, message));
            }
            return outcomes;
        } finally {
            close(transport);
        }
    }

    private DeliveryOutcome sendOne(Transport transport, Reminder reminder, MimeMessage message) {
        String messageId = assembler.messageId(reminder);
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return new DeliveryOutcome.Delivered(reminder.key(), messageId);
        } catch (MessagingException e) {
            Optional<Integer> code = replyCode(e);
            String reason = describe(e);
            boolean permanent = code.map(c -> c >= 500).orElse(e instanceof SendFailedException sfe
                    && sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0);
            if (permanent) {
                return new DeliveryOutcome.PermanentFailure(reminder.key(), reason);
            }
            if (code.isEmpty()) {
                // No SMTP reply: the connection itself failed (timeout, reset). Reopen for the next one.
                close(transport);
            }
            return new DeliveryOutcome.TransientFailure(reminder.key(), reason);
        }
    }

    private String server() {
        return settings.host() + ":" + settings.port();
    }

    /** Why a connection could not be opened: TLS verification failures are named as such. */
    private String connectFailure(MessagingException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return "TLS with " + server() + " failed (the server's certificate is not trusted, or not issued for '"
                        + settings.host() + "'; see MailReminders.Builder.trustStore): " + describe(e);
            }
        }
        return "cannot connect to " + server() + ": " + describe(e);
    }

    private Transport connect() throws MessagingException {
        Transport transport = session.getTransport(settings.protocol());
        transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                settings.password().orElse(null));
        return transport;
    }

    /** The SMTP reply code of the failure, from the first exception in the chain that carries one. */
    static Optional<Integer> replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException a) {
                return Optional.of(a.getReturnCode());
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                return Optional.of(s.getReturnCode());
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The failure and its causes in one line, the SMTP server's replies included. */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && out.length() < 500; t = next(t)) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName()).append(": ").append(String.valueOf(t.getMessage()).strip());
        }
        return out.toString().replaceAll("[\\r\\n]+", " ");
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("closing the SMTP connection failed", e);
        }
    }
}
