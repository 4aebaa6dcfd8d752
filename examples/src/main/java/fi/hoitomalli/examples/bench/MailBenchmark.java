package fi.hoitomalli.examples.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.mail.MailReminders;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderKind;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.net.SocketFactory;

/**
 * 10,000 reminders to an in-process GreenMail SMTP server: {@code SmtpReminderChannel.sendAll} (one SMTP
 * connection per batch of 500) against the baseline of one {@code Transport.send} per message (a new
 * connection each), measured in the same run, once with the JDK's default sockets and once with
 * {@code TCP_NODELAY} as the channel uses. The baselines get their messages pre-rendered (from the dry
 * run), so they do less work than the channel, which renders while it sends. {@code -Dreminders=N} changes
 * the count (default 10,000).
 */
public final class MailBenchmark {

    private static final int REMINDERS = Integer.getInteger("reminders", 10_000);
    private static final int BATCH = 500;
    private static final int WARM_UP = Math.min(500, REMINDERS / 5);

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        try {
            int port = greenMail.getSmtp().getPort();
            ReminderChannel channel = MailReminders.builder()
                    .server("127.0.0.1", port)
                    .security(MailReminders.Security.NONE)
                    .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
                    .messageIdDomain("bench.hoitomalli.test")
                    .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
                    .clock(Clock.systemUTC())
                    .build();
            List<Reminder> reminders = reminders(REMINDERS, "bench");
            Session session = Session.getInstance(smtpProperties(port, false));
            List<MimeMessage> rendered = rendered(reminders, session);
            Session noDelaySession = Session.getInstance(smtpProperties(port, true));
            List<MimeMessage> renderedNoDelay = rendered(reminders, noDelaySession);

            // warm-up of both paths (JIT, GreenMail mailboxes)
            reuse(channel, reminders(WARM_UP, "warm"));
            perMessage(rendered.subList(0, WARM_UP));
            perMessage(renderedNoDelay.subList(0, WARM_UP));
            greenMail.purgeEmailFromAllMailboxes();

            long reuseNanos = reuse(channel, reminders);
            greenMail.purgeEmailFromAllMailboxes();
            long baselineNanos = perMessage(rendered);
            int received = greenMail.getReceivedMessages().length;
            greenMail.purgeEmailFromAllMailboxes();
            long noDelayNanos = perMessage(renderedNoDelay);

            System.out.printf("%nMailBenchmark: %,d reminders to GreenMail on 127.0.0.1:%d%n", REMINDERS, port);
            System.out.printf("| variant | total (ms) | per message (ms) | messages/s |%n|---|---:|---:|---:|%n");
            row("SmtpReminderChannel.sendAll, one connection per " + BATCH, reuseNanos);
            row("Transport.send per message (baseline, pre-rendered)", baselineNanos);
            row("Transport.send per message, pre-rendered, TCP_NODELAY", noDelayNanos);
            System.out.printf("%nspeed-up of connection reuse: %.1fx over the baseline, %.1fx over the TCP_NODELAY baseline"
                    + " (target >= 5x); baseline delivered %,d%n",
                    (double) baselineNanos / reuseNanos, (double) noDelayNanos / reuseNanos, received);
        } finally {
            greenMail.stop();
        }
    }

    private static long reuse(ReminderChannel channel, List<Reminder> reminders) {
        long start = System.nanoTime();
        int delivered = 0;
        for (int from = 0; from < reminders.size(); from += BATCH) {
            for (DeliveryOutcome outcome : channel.sendAll(reminders.subList(from, Math.min(from + BATCH, reminders.size())))) {
                if (outcome instanceof DeliveryOutcome.Delivered) {
                    delivered++;
                }
            }
        }
        long nanos = System.nanoTime() - start;
        if (delivered != reminders.size()) {
            throw new IllegalStateException("only " + delivered + " of " + reminders.size() + " delivered");
        }
        return nanos;
    }

    private static long perMessage(List<MimeMessage> messages) throws MessagingException {
        long start = System.nanoTime();
        for (MimeMessage message : messages) {
            Transport.send(message);
        }
        return System.nanoTime() - start;
    }

    /** The same messages, rendered once by the dry-run channel and read back into the SMTP session. */
    private static List<MimeMessage> rendered(List<Reminder> reminders, Session session)
            throws IOException, MessagingException {
        Path dir = Files.createTempDirectory("mail-bench");
        try {
            ReminderChannel dryRun = MailReminders.builder()
                    .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
                    .messageIdDomain("bench.hoitomalli.test")
                    .buildDryRun(dir);
            dryRun.sendAll(reminders);
            List<MimeMessage> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        out.add(new MimeMessage(session, in));
                    }
                }
            }
            return out;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Properties smtpProperties(int port, boolean noDelay) {
        Properties props = new Properties();
        if (noDelay) {
            props.put("mail.smtp.socketFactory", new NoDelay());
        }
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.localhost", "bench.hoitomalli.test");
        props.setProperty("mail.smtp.connectiontimeout", "10000");
        props.setProperty("mail.smtp.timeout", "30000");
        props.setProperty("mail.smtp.quitwait", "false");
        return props;
    }

    private static List<Reminder> reminders(int n, String prefix) {
        List<Recipient> owners = IntStream.range(0, 10).mapToObj(i -> new Recipient("Omistaja " + i,
                new EmailAddress("owner" + i + "@vantaa.fi"), Language.values()[i % 3])).toList();
        LocalDate due = LocalDate.of(2027, 3, 8);
        return IntStream.range(0, n).mapToObj(i -> {
            Recipient owner = owners.get(i % owners.size());
            PlanActionDue action = new PlanActionDue(prefix + "-" + i, "Toimenpide " + i, "Sivistystoimi", owner, due);
            return new Reminder(new ReminderKey(ReminderKind.PLAN_ACTION, action.id(), owner.address(), due.toString()),
                    owner, List.of(), Instant.parse("2027-03-03T06:00:00Z"), new ReminderContent.PlanAction(action));
        }).toList();
    }

    /** The default socket factory with Nagle's algorithm off, as the channel uses. */
    private static final class NoDelay extends SocketFactory {
        private final SocketFactory plain = SocketFactory.getDefault();

        @Override
        public Socket createSocket() throws IOException {
            return on(plain.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return on(plain.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return on(plain.createSocket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return on(plain.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return on(plain.createSocket(host, port, local, localPort));
        }

        private static Socket on(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }
    }

    private static void row(String variant, long nanos) {
        double ms = nanos / 1e6;
        System.out.printf("| %s | %,.0f | %.3f | %,.0f |%n", variant, ms, ms / REMINDERS, REMINDERS / (ms / 1000));
    }
}
