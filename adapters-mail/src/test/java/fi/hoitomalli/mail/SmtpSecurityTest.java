package fi.hoitomalli.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.testkit.InMemoryReminderOutbox;
import fi.hoitomalli.testkit.MutableClock;
import fi.hoitomalli.testkit.ReminderSamples;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SMTP AUTH against GreenMail (a refused login is permanent for the batch: one attempt, every reminder
 * failed with the server's reply, nothing retried), and how the security settings map onto Jakarta Mail
 * properties (TLS always through the verifying socket factory, never {@code ssl.trust}).
 */
class SmtpSecurityTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(MailFixtures.smtpSetup())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@vantaa.fi", "bot", "s3cret"));

    final MutableClock clock = MailFixtures.clockAt("2027-03-03T08:00");

    ReminderChannel authenticated(String password) {
        return MailFixtures.builder(clock).server("127.0.0.1", GREENMAIL.getSmtp().getPort())
                .credentials("bot", password).build();
    }

    @Test
    void sendsWithAuthentication() {
        Reminder reminder = ReminderSamples.planAction(1, clock.instant());
        assertThat(authenticated("s3cret").send(reminder)).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordFailsTheBatchPermanentlyAfterOneLoginAttempt() throws Exception {
        try (SmtpProxy counter = SmtpProxy.inFrontOf(GREENMAIL.getSmtp().getPort())) {
            ReminderChannel channel = MailFixtures.builder(clock).server("127.0.0.1", counter.port())
                    .credentials("bot", "wrong").build();
            List<DeliveryOutcome> outcomes = channel.sendAll(List.of(ReminderSamples.planAction(1, clock.instant()),
                    ReminderSamples.planAction(2, clock.instant()), ReminderSamples.planAction(3, clock.instant())));
            assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(
                    DeliveryOutcome.PermanentFailure.class, f -> assertThat(f.reason())
                            .startsWith("SMTP authentication as 'bot' refused by 127.0.0.1:" + counter.port())
                            .contains("check the credentials")
                            .contains("535")));
            assertThat(counter.connections()).as("one login attempt for the whole batch, not one per reminder")
                    .isEqualTo(1);
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aWrongPasswordIsMarkedFailedByTheDispatcherNotRetried() {
        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        List<Reminder> reminders = List.of(ReminderSamples.planAction(1, clock.instant()),
                ReminderSamples.planAction(2, clock.instant()));
        reminders.forEach(outbox::addIfAbsent);
        ReminderDispatcher.DispatchReport report = MailFixtures.dispatcher(outbox, authenticated("wrong"), clock, "d1")
                .dispatchOnce();
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.retried()).isZero();
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).isEmpty();
        assertThat(outbox.withStatus(DeliveryStatus.FAILED)).hasSize(2).allSatisfy(entry -> assertThat(entry.state())
                .isInstanceOfSatisfying(DeliveryState.Failed.class, failed -> assertThat(failed.reason())
                        .contains("SMTP authentication as 'bot' refused").contains("535")));
        // later passes find nothing to retry
        clock.advance(Duration.ofHours(3));
        assertThat(MailFixtures.dispatcher(outbox, authenticated("s3cret"), clock, "d1").dispatchOnce().claimed()).isZero();
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    static MailSettings settings(MailReminders.Security security, Optional<String> user, Optional<SSLContext> trust) {
        return new MailSettings("smtp.vantaa.fi", 587, security, user, user.map(u -> "pw"), trust,
                new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli", Duration.ofSeconds(7), Duration.ofSeconds(11),
                "hoitomalli.vantaa.fi", ZoneOffset.UTC, Clock.systemUTC());
    }

    @Test
    void starttlsIsRequiredAndServerIdentityChecked() {
        Properties p = SmtpReminderChannel.properties(settings(MailReminders.Security.STARTTLS, Optional.of("bot"),
                Optional.empty()));
        assertThat(p).containsEntry("mail.transport.protocol", "smtp")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.connectiontimeout", "7000")
                .containsEntry("mail.smtp.timeout", "11000")
                .containsEntry("mail.smtp.writetimeout", "11000")
                .containsEntry("mail.smtp.localhost", "hoitomalli.vantaa.fi")
                .containsEntry("mail.smtp.socketFactory.fallback", "false");
        assertThat(p.get("mail.smtp.ssl.socketFactory")).isInstanceOf(TlsSocketFactory.class);
        assertNoTrustAll(p);
    }

    @Test
    void tlsUsesSmtpsWithTheVerifyingSocketFactory() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        Properties p = SmtpReminderChannel.properties(settings(MailReminders.Security.TLS, Optional.empty(),
                Optional.of(context)));
        assertThat(p).containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtps.auth", "false")
                .containsEntry("mail.smtps.socketFactory.fallback", "false")
                .doesNotContainKey("mail.smtps.starttls.enable");
        assertThat(p.get("mail.smtps.ssl.socketFactory")).isInstanceOf(TlsSocketFactory.class);
        assertNoTrustAll(p);
    }

    /** Jakarta Mail's {@code ssl.trust} would accept any certificate of the named hosts: never set. */
    private static void assertNoTrustAll(Properties p) {
        assertThat(p.keySet()).map(String::valueOf).noneMatch(k -> k.endsWith(".ssl.trust"));
    }

    @Test
    void plainSmtpHasNoTlsSettings() {
        Properties p = SmtpReminderChannel.properties(settings(MailReminders.Security.NONE, Optional.empty(),
                Optional.empty()));
        assertThat(p.stringPropertyNames()).noneMatch(k -> k.contains("ssl") || k.contains("starttls"));
        assertThat(p.keySet()).map(String::valueOf).noneMatch(k -> k.contains("ssl"));
    }
}
