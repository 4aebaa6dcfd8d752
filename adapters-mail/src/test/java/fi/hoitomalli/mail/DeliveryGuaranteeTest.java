package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.MAIJA;
import static fi.hoitomalli.mail.MailFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.testkit.InMemoryReminderOutbox;
import fi.hoitomalli.testkit.MutableClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotence and at-least-once delivery with a stable Message-ID. */
class DeliveryGuaranteeTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(MailFixtures.smtpSetup());

    final InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
    final MutableClock clock = MailFixtures.clockAt("2027-03-05T09:00");

    ReminderChannel channel() {
        return MailFixtures.smtp(clock, GREENMAIL.getSmtp().getPort());
    }

    static DueFacts promises(int n) {
        List<CallBackDue> promises = IntStream.range(0, n).mapToObj(i -> new CallBackDue("cb-" + i,
                new Recipient("Sihteeri " + i, new EmailAddress("secretary" + i + "@vantaa.fi"), Language.values()[i % 3]),
                LEAD, MailFixtures.at("2027-03-05T08:00").minusSeconds(60L * i), "")).toList();
        return DueFacts.none().withCallBacks(promises);
    }

    static List<String> messageIds(MimeMessage[] messages) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : messages) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    @Test
    void evaluatingTwiceCreatesNoSecondReminderAndSendsNothingTwice() {
        ReminderEvaluation evaluation = MailFixtures.evaluation(clock);
        assertThat(evaluation.enqueue(promises(3), outbox).added()).isEqualTo(3);
        assertThat(evaluation.enqueue(promises(3), outbox)).isEqualTo(new ReminderEvaluation.EnqueueResult(0, 3));
        MailFixtures.dispatcher(outbox, channel(), clock, "d1").drain(5);
        clock.advance(Duration.ofMinutes(30));
        assertThat(evaluation.enqueue(promises(3), outbox).added()).as("already sent: still present").isZero();
        assertThat(MailFixtures.dispatcher(outbox, channel(), clock, "d1").drain(5).claimed()).isZero();
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aFailingMarkAfterSendingLeadsToAResendWithTheSameMessageId() throws Exception {
        MailFixtures.evaluation(clock).enqueue(DueFacts.none().withCallBacks(List.of(
                new CallBackDue("cb-1", MAIJA, LEAD, MailFixtures.at("2027-03-05T08:00"), ""))), outbox);
        ReminderDispatcher crashing = MailFixtures.dispatcher(new MarksFailAfter(outbox, 0), channel(), clock, "d1");
        assertThat(crashing.dispatchOnce().unconfirmed()).isEqualTo(1);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(MailFixtures.dispatcher(outbox, channel(), clock, "d2").dispatchOnce().sent()).isEqualTo(1);
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID())
                .matches("<[0-9a-f]{32}\\.reminder@hoitomalli\\.test>");
        assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(1);
    }

    @Test
    void aRestartDeliversEveryReminderAndDistinctMessageIdsEqualReminders() throws Exception {
        int n = 30;
        MailFixtures.evaluation(clock).enqueue(promises(n), outbox);
        List<OutboxEntry> all = outbox.withStatus(DeliveryStatus.PENDING);
        assertThat(all).hasSize(n);
        // The first dispatcher records 10 outcomes and then "dies": its remaining marks fail.
        ReminderDispatcher dying = MailFixtures.dispatcher(new MarksFailAfter(outbox, 10), channel(), clock, "d1");
        ReminderDispatcher.DispatchReport first = dying.dispatchOnce();
        assertThat(first.sent()).isEqualTo(10);
        assertThat(first.unconfirmed()).isEqualTo(n - 10);

        clock.advance(Duration.ofMinutes(6));
        MailFixtures.dispatcher(outbox, channel(), clock, "d2").drain(5);

        assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(n);
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        Set<String> distinct = Set.copyOf(messageIds(received));
        assertThat(distinct).as("distinct Message-IDs = reminders").hasSize(n);
        Set<String> expected = all.stream().map(e -> MessageIds.of(e.key(), MailFixtures.DOMAIN)).collect(Collectors.toSet());
        assertThat(distinct).isEqualTo(expected);
        assertThat(received).as("at least once: the unconfirmed ones twice").hasSize(n + (n - 10));
    }

    @Test
    void theMessageIdDependsOnlyOnTheKey() {
        Reminder a = fi.hoitomalli.testkit.ReminderSamples.planAction(1, Instant.parse("2027-03-01T00:00:00Z"));
        Reminder b = fi.hoitomalli.testkit.ReminderSamples.planAction(2, Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(MessageIds.of(a.key(), "x.fi")).isEqualTo(MessageIds.of(a.key(), "x.fi"))
                .isNotEqualTo(MessageIds.of(b.key(), "x.fi"));
        assertThat(MessageIds.of(a.key(), "x.fi")).as("the address is hashed, not shown").doesNotContain("owner1");
    }

    /** An outbox whose markSent works {@code n} times and then throws, like a process dying mid-batch. */
    static final class MarksFailAfter implements ReminderOutbox {
        private final ReminderOutbox delegate;
        private final AtomicInteger left;

        MarksFailAfter(ReminderOutbox delegate, int n) {
            this.delegate = delegate;
            this.left = new AtomicInteger(n);
        }

        @Override
        public boolean addIfAbsent(Reminder reminder) {
            return delegate.addIfAbsent(reminder);
        }

        @Override
        public List<OutboxEntry> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
            return delegate.claimDue(dispatcher, now, lease, limit);
        }

        @Override
        public boolean markSent(ReminderKey key, String dispatcher, Instant at) {
            if (left.getAndDecrement() <= 0) {
                throw new IllegalStateException("outbox unavailable");
            }
            return delegate.markSent(key, dispatcher, at);
        }

        @Override
        public boolean markFailed(ReminderKey key, String dispatcher, String reason, Instant at) {
            return delegate.markFailed(key, dispatcher, reason, at);
        }

        @Override
        public boolean scheduleRetry(ReminderKey key, String dispatcher, String reason, Instant notBefore) {
            return delegate.scheduleRetry(key, dispatcher, reason, notBefore);
        }

        @Override
        public Optional<OutboxEntry> find(ReminderKey key) {
            return delegate.find(key);
        }

        @Override
        public List<OutboxEntry> withStatus(DeliveryStatus status) {
            return delegate.withStatus(status);
        }
    }
}
