package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.testkit.InMemoryReminderOutbox;
import fi.hoitomalli.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SMTP down, hung, or rejecting a recipient: retries, failures recorded, nothing lost. */
class DeliveryFaultsTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(MailFixtures.smtpSetup());

    final InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
    final MutableClock clock = MailFixtures.clockAt("2027-03-05T09:00");

    static Recipient secretary(String local) {
        return new Recipient("Sihteeri " + local, new EmailAddress(local + "@vantaa.fi"), Language.FI);
    }

    void enqueue(String... locals) {
        List<CallBackDue> promises = IntStream.range(0, locals.length).mapToObj(i -> new CallBackDue("cb-" + i,
                secretary(locals[i]), LEAD, MailFixtures.at("2027-03-05T08:00").plusSeconds(i), "")).toList();
        MailFixtures.evaluation(clock).enqueue(DueFacts.none().withCallBacks(promises), outbox);
    }

    ReminderChannel greenMail() {
        return MailFixtures.smtp(clock, GREENMAIL.getSmtp().getPort());
    }

    @Test
    void smtpDown_everyReminderIsRetriedWithBackoffAndDeliveredLater() throws Exception {
        enqueue("a", "b", "c");
        ReminderChannel down = MailFixtures.smtp(clock, MailFixtures.unusedPort());
        ReminderDispatcher.DispatchReport report = MailFixtures.dispatcher(outbox, down, clock, "d1").dispatchOnce();
        assertThat(report).isEqualTo(new ReminderDispatcher.DispatchReport(3, 0, 3, 0, 0));
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).allSatisfy(e -> {
            DeliveryState.Pending p = (DeliveryState.Pending) e.state();
            assertThat(p.attempts()).isEqualTo(1);
            assertThat(p.notBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(p.lastError()).hasValueSatisfying(reason -> assertThat(reason).contains("cannot connect"));
        });
        // Backoff doubles: the second failure waits 2 minutes.
        clock.advance(Duration.ofMinutes(1));
        MailFixtures.dispatcher(outbox, down, clock, "d1").dispatchOnce();
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).allSatisfy(e -> assertThat(
                ((DeliveryState.Pending) e.state()).notBefore()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2))));

        clock.advance(Duration.ofMinutes(2));
        assertThat(MailFixtures.dispatcher(outbox, greenMail(), clock, "d1").dispatchOnce().sent()).isEqualTo(3);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
        assertThat(outbox.withStatus(DeliveryStatus.SENT)).extracting(e -> e.state().attempts()).containsOnly(3);
    }

    @Test
    void slowServer_readTimeoutIsATransientFailureAndNothingIsLost() throws Exception {
        enqueue("a", "b");
        try (SmtpProxy hung = SmtpProxy.blackHole()) {
            ReminderChannel slow = MailFixtures.builder(clock).server("127.0.0.1", hung.port())
                    .timeouts(Duration.ofMillis(300), Duration.ofMillis(300)).build();
            ReminderDispatcher.DispatchReport report = MailFixtures.dispatcher(outbox, slow, clock, "d1").dispatchOnce();
            assertThat(report.retried()).isEqualTo(2);
        }
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).allSatisfy(e -> assertThat(
                ((DeliveryState.Pending) e.state()).lastError()).hasValueSatisfying(r -> assertThat(r).containsIgnoringCase("timed out")));
        clock.advance(Duration.ofMinutes(1));
        assertThat(MailFixtures.dispatcher(outbox, greenMail(), clock, "d1").dispatchOnce().sent()).isEqualTo(2);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void rejectedRecipient_isMarkedFailedWithTheReasonWhileTheRestOfTheBatchGoesOut() throws Exception {
        enqueue("a", "gone", "b", "busy", "c");
        try (SmtpProxy proxy = SmtpProxy.inFrontOf(GREENMAIL.getSmtp().getPort())
                .reject("gone@vantaa.fi", "550 5.1.1 <gone@vantaa.fi>: mailbox unavailable")
                .reject("busy@vantaa.fi", "451 4.3.0 mailbox busy, try later")) {
            ReminderChannel viaProxy = MailFixtures.smtp(clock, proxy.port());
            ReminderDispatcher.DispatchReport report = MailFixtures.dispatcher(outbox, viaProxy, clock, "d1").dispatchOnce();
            assertThat(report).isEqualTo(new ReminderDispatcher.DispatchReport(5, 3, 1, 1, 0));
            assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);

            OutboxEntry gone = outbox.withStatus(DeliveryStatus.FAILED).get(0);
            assertThat(gone.key().recipient().value()).isEqualTo("gone@vantaa.fi");
            assertThat(((DeliveryState.Failed) gone.state()).reason()).contains("550", "mailbox unavailable");
            OutboxEntry busy = outbox.withStatus(DeliveryStatus.PENDING).get(0);
            assertThat(busy.key().recipient().value()).isEqualTo("busy@vantaa.fi");
            assertThat(((DeliveryState.Pending) busy.state()).lastError()).hasValueSatisfying(r -> assertThat(r).contains("451"));

            proxy.accept("busy@vantaa.fi");
            clock.advance(Duration.ofMinutes(1));
            assertThat(MailFixtures.dispatcher(outbox, viaProxy, clock, "d1").dispatchOnce().sent()).isEqualTo(1);
        }
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(4);
        assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(4);
        assertThat(outbox.withStatus(DeliveryStatus.FAILED)).hasSize(1);
    }
}
