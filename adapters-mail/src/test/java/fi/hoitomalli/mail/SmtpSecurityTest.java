package fi.hoitomalli.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.testkit.MutableClock;
import fi.hoitomalli.testkit.ReminderSamples;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SMTP AUTH against GreenMail, and how the security settings map onto Jakarta Mail properties. */
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
    void aWrongPasswordIsReportedAndNothingIsSent() {
        DeliveryOutcome outcome = authenticated("wrong").send(ReminderSamples.planAction(1, clock.instant()));
        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                f -> assertThat(f.reason()).containsIgnoringCase("authentication"));
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    static MailSettings settings(MailReminders.Security security, Optional<String> user, Optional<String> trust) {
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
                .doesNotContainKey("mail.smtp.ssl.trust");
    }

    @Test
    void tlsUsesSmtpsAndTrustsOnlyWhatIsConfigured() {
        Properties p = SmtpReminderChannel.properties(settings(MailReminders.Security.TLS, Optional.empty(),
                Optional.of("relay.vantaa.fi")));
        assertThat(p).containsEntry("mail.transport.protocol", "smtps")
                .containsEntry("mail.smtps.ssl.enable", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtps.ssl.trust", "relay.vantaa.fi")
                .containsEntry("mail.smtps.auth", "false")
                .doesNotContainKey("mail.smtps.starttls.enable");
    }

    @Test
    void plainSmtpHasNoTlsSettings() {
        Properties p = SmtpReminderChannel.properties(settings(MailReminders.Security.NONE, Optional.empty(),
                Optional.of("*")));
        assertThat(p.stringPropertyNames()).noneMatch(k -> k.contains("ssl") || k.contains("starttls"));
    }
}
