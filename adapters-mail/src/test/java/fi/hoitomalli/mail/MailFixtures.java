package fi.hoitomalli.mail;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.RetryPolicy;
import fi.hoitomalli.testkit.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shared people, clocks and helpers of the mail tests. */
final class MailFixtures {

    static final ZoneId HKI = WorkingCalendar.HELSINKI;
    static final Recipient MAIJA = new Recipient("Maija Meikäläinen", new EmailAddress("maija@vantaa.fi"), Language.FI);
    static final Recipient ASA = new Recipient("Åsa Öberg", new EmailAddress("asa@vantaa.fi"), Language.SV);
    static final Recipient JOHN = new Recipient("John O'Brien", new EmailAddress("john@vantaa.fi"), Language.EN);
    static final Recipient LEAD = new Recipient("Tiina Tiiminvetäjä", new EmailAddress("tiina@vantaa.fi"), Language.FI);
    static final EmailAddress FROM = new EmailAddress("hoitomalli@vantaa.fi");
    static final String DOMAIN = "hoitomalli.test";

    private MailFixtures() {
    }

    /**
     * GreenMail SMTP on an ephemeral port of the loopback interface, with a generous startup timeout
     * because the build machine is shared.
     */
    static ServerSetup smtpSetup() {
        ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HKI).toInstant();
    }

    static MutableClock clockAt(String localDateTime) {
        return MutableClock.at(at(localDateTime), HKI);
    }

    static ReminderEvaluation evaluation(MutableClock clock) {
        return new ReminderEvaluation(clock, WorkingCalendar.vantaaDefault(), ReminderPolicy.vantaaDefault());
    }

    static MailReminders.Builder builder(MutableClock clock) {
        return MailReminders.builder().security(MailReminders.Security.NONE).from(FROM, "Hoitomalli")
                .messageIdDomain(DOMAIN).clock(clock).timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static ReminderChannel smtp(MutableClock clock, int port) {
        return builder(clock).server("127.0.0.1", port).build();
    }

    static ReminderDispatcher dispatcher(ReminderOutbox outbox, ReminderChannel channel, MutableClock clock, String id) {
        return new ReminderDispatcher(outbox, channel, clock, id, Duration.ofMinutes(5), 100,
                new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30)));
    }

    /** A local port that nothing listens on (bound and released; the OS will not reuse it at once). */
    static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The decoded bodies of the message's parts, in order, with their content types. */
    static List<Part> parts(MimeMessage message) throws MessagingException, IOException {
        Multipart multipart = (Multipart) message.getContent();
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            try (InputStream in = part.getInputStream()) {
                out.add(new Part(part.getContentType(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** One decoded MIME part. */
    record Part(String contentType, String body) {
        boolean is(String mimeType) {
            return contentType.toLowerCase(java.util.Locale.ROOT).startsWith(mimeType);
        }
    }

    static Part part(MimeMessage message, String mimeType) throws MessagingException, IOException {
        return parts(message).stream().filter(p -> p.is(mimeType)).findFirst().orElseThrow(
                () -> new AssertionError("no " + mimeType + " part"));
    }
}
