package fi.hoitomalli.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.testkit.MutableClock;
import fi.hoitomalli.testkit.ReminderSamples;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.security.KeyStore;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SMTPS (TLS from the first byte, GreenMail's SMTPS server) and STARTTLS (GreenMail behind
 * {@link StartTlsFront}, as GreenMail's SMTP has no STARTTLS) with the certificate chain and the host name
 * verified — the production code path, no trust-all anywhere. The server's key pair and self-signed
 * certificate for {@code localhost} (its only subject alternative name) are made at test time
 * ({@link TestCertificates}); GreenMail gets them through its {@code greenmail.tls.keystore.*} system
 * properties, the channel gets a trust store holding just that certificate.
 *
 * <p>TLS verification failures are <em>transient</em> ({@link SmtpReminderChannel} says why) and name TLS
 * and the host in their reason; nothing reaches the server's mailboxes.
 */
class SmtpTlsTest {

    /** The server identity; must exist, and GreenMail's key store properties be set, before GreenMail starts. */
    static final TestCertificates.Identity LOCALHOST = TestCertificates.issue("localhost");

    static {
        // read once per JVM by GreenMail's DummySSLServerSocketFactory, when the first SMTPS server starts
        System.setProperty("greenmail.tls.keystore.file", LOCALHOST.keyStoreFile().toString());
        System.setProperty("greenmail.tls.keystore.password", new String(TestCertificates.PASSWORD));
        System.setProperty("greenmail.tls.key.password", new String(TestCertificates.PASSWORD));
    }

    static final ServerSetup SMTPS = setup(ServerSetupTest.SMTPS);
    static final ServerSetup SMTP = setup(ServerSetupTest.SMTP);

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(new ServerSetup[] {SMTPS, SMTP})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@vantaa.fi", "bot", "s3cret"));

    final MutableClock clock = MailFixtures.clockAt("2027-03-03T08:00");

    private static ServerSetup setup(ServerSetup base) {
        ServerSetup setup = base.dynamicPort();
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    MailReminders.Builder tls(MailReminders.Security security, String host, int port) {
        return MailFixtures.builder(clock).security(security).server(host, port).credentials("bot", "s3cret")
                .timeouts(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10));
    }

    List<Reminder> reminders(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> ReminderSamples.planAction(i, clock.instant()))
                .toList();
    }

    @Test
    void smtps_deliversWhenTheTrustStoreHoldsTheServersCertificate() {
        ReminderChannel channel = tls(MailReminders.Security.TLS, "localhost", GREENMAIL.getSmtps().getPort())
                .trustStore(LOCALHOST.trustStore()).build();
        assertThat(channel.sendAll(reminders(2))).allSatisfy(o -> assertThat(o).isInstanceOf(DeliveryOutcome.Delivered.class));
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void sessionProperties_sendOtherMailWithTheChannelsVerifiedTlsSettings() throws Exception {
        Properties properties = tls(MailReminders.Security.TLS, "localhost", GREENMAIL.getSmtps().getPort())
                .trustStore(LOCALHOST.trustStore()).sessionProperties();
        properties.setProperty("mail.transport.protocol.rfc822", "smtps");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom("hoitomalli@vantaa.fi");
        message.setRecipients(Message.RecipientType.TO, "maija@vantaa.fi");
        message.setSubject("Muu viesti");
        message.setText("Sama palvelin, samat asetukset.");

        Transport.send(message, "bot", "s3cret");

        assertThat(GREENMAIL.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Muu viesti");
        assertThat(properties).doesNotContainValue("s3cret");
        assertThat(properties.getProperty("mail.smtps.ssl.checkserveridentity")).isEqualTo("true");
        // the same settings reach the server through its IP address, which the certificate does not name: refused
        Properties byAddress = tls(MailReminders.Security.TLS, "127.0.0.1", GREENMAIL.getSmtps().getPort())
                .trustStore(LOCALHOST.trustStore()).sessionProperties();
        byAddress.setProperty("mail.transport.protocol.rfc822", "smtps");
        MimeMessage other = new MimeMessage(Session.getInstance(byAddress));
        other.setFrom("hoitomalli@vantaa.fi");
        other.setRecipients(Message.RecipientType.TO, "maija@vantaa.fi");
        other.setText("ei perille");
        assertThatThrownBy(() -> Transport.send(other, "bot", "s3cret")).isInstanceOf(MessagingException.class);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void smtps_theJvmsDefaultCertificateAuthoritiesDoNotTrustIt() {
        ReminderChannel channel = tls(MailReminders.Security.TLS, "localhost", GREENMAIL.getSmtps().getPort()).build();
        List<DeliveryOutcome> outcomes = channel.sendAll(reminders(2));
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(
                DeliveryOutcome.TransientFailure.class, f -> assertThat(f.reason())
                        .startsWith("TLS with localhost:" + GREENMAIL.getSmtps().getPort() + " failed")
                        .contains("PKIX path building failed")));
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void smtps_aHostNameNotInTheCertificateIsRefusedAlthoughTheCertificateIsTrusted() {
        // the same server, reached through its IP address, which the certificate does not name
        ReminderChannel channel = tls(MailReminders.Security.TLS, "127.0.0.1", GREENMAIL.getSmtps().getPort())
                .trustStore(LOCALHOST.trustStore()).build();
        DeliveryOutcome outcome = channel.send(ReminderSamples.planAction(1, clock.instant()));
        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class, f -> assertThat(f.reason())
                .startsWith("TLS with 127.0.0.1:")
                .contains("not issued for '127.0.0.1'")
                .contains("No subject alternative names matching IP address 127.0.0.1 found"));
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttls_deliversWhenTheTrustStoreHoldsTheServersCertificate() throws Exception {
        try (StartTlsFront front = StartTlsFront.inFrontOf(GREENMAIL.getSmtp().getPort(), LOCALHOST)) {
            ReminderChannel channel = tls(MailReminders.Security.STARTTLS, "localhost", front.port())
                    .trustStore(LOCALHOST.trustStore()).build();
            assertThat(channel.sendAll(reminders(3)))
                    .allSatisfy(o -> assertThat(o).isInstanceOf(DeliveryOutcome.Delivered.class));
            assertThat(front.handshakes()).as("one TLS session for the batch").isEqualTo(1);
        }
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void starttls_aCertificateIssuedForAnotherNameIsRefusedAlthoughItIsTrusted() throws Exception {
        TestCertificates.Identity elsewhere = TestCertificates.issue("smtp.elsewhere.test");
        try (StartTlsFront front = StartTlsFront.inFrontOf(GREENMAIL.getSmtp().getPort(), elsewhere)) {
            ReminderChannel channel = tls(MailReminders.Security.STARTTLS, "localhost", front.port())
                    .trustStore(elsewhere.trustStore()).build();
            DeliveryOutcome outcome = channel.send(ReminderSamples.planAction(1, clock.instant()));
            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class, f -> assertThat(f.reason())
                    .startsWith("TLS with localhost:" + front.port() + " failed")
                    .contains("No subject alternative DNS name matching localhost found"));
            assertThat(front.handshakes()).isZero();
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttls_isRequired_aServerThatDoesNotOfferItGetsNothing() throws Exception {
        try (StartTlsFront front = StartTlsFront.withoutStartTls(GREENMAIL.getSmtp().getPort(), LOCALHOST)) {
            ReminderChannel channel = tls(MailReminders.Security.STARTTLS, "localhost", front.port())
                    .trustStore(LOCALHOST.trustStore()).build();
            DeliveryOutcome outcome = channel.send(ReminderSamples.planAction(1, clock.instant()));
            assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.TransientFailure.class,
                    f -> assertThat(f.reason()).contains("STARTTLS"));
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aTrustStoreMustBeLoadedAndHoldACertificate() throws Exception {
        MailReminders.Builder builder = tls(MailReminders.Security.TLS, "localhost", 465);
        assertThatThrownBy(() -> builder.trustStore(KeyStore.getInstance("PKCS12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not loaded");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        assertThatThrownBy(() -> builder.trustStore(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no certificate");
    }

    @Test
    void aTrustStoreNeedsTls() {
        MailReminders.Builder builder = tls(MailReminders.Security.NONE, "localhost", 25).trustStore(LOCALHOST.trustStore());
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a trust store needs STARTTLS or TLS");
    }
}
