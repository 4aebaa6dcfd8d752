package fi.hoitomalli.examples.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
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
import java.net.SocketException;
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
 * connection each), measured in the same run, on two servers:
 *
 * <ul>
 *   <li><b>a production-like server</b>: GreenMail's {@link SmtpServer} with {@code TCP_NODELAY} on the
 *       sockets it accepts. Stock GreenMail leaves Nagle's algorithm on, so during the connection set-up
 *       (greeting / EHLO) one of its small replies waits for the client's delayed ACK, about 40–50 ms on
 *       Linux — on every new connection. A real MTA does not stall like this, and the setting is on the
 *       server, so it applies to both sides equally. This is the comparison the target is about.</li>
 *   <li><b>stock GreenMail</b>, as the earlier runs used it, for reference: its per-connection stall is
 *       what made the baseline cost ~50 ms per message.</li>
 * </ul>
 *
 * Both sides use the same client settings: {@code mail.smtp.localhost} (no local host-name lookup for
 * EHLO), {@code TCP_NODELAY} client sockets, {@code quitwait=false}, the same timeouts. The baselines get
 * their messages pre-rendered (from the dry run), so they do less work than the channel, which renders
 * while it sends; a third row sends the same pre-rendered messages over one connection per batch, to
 * separate what reuse saves from what rendering costs. The count is {@code MAIL_BENCH_REMINDERS} (environment, which the {@code bench} profile
 * passes on) or {@code -Dreminders=N} (with {@code java} directly); default 10,000. {@code
 * MAIL_BENCH_SERVERS=production} (or {@code stock}) runs one server only; default both.
 */
public final class MailBenchmark {

    private static final int REMINDERS = count();
    private static final int BATCH = 500;
    private static final int WARM_UP = Math.min(500, REMINDERS / 5);
    private static final List<Boolean> SERVERS = servers();

    private MailBenchmark() {
    }

    private static int count() {
        String env = System.getenv("MAIL_BENCH_REMINDERS");
        int n = env == null || env.isBlank() ? Integer.getInteger("reminders", 10_000) : Integer.parseInt(env.strip());
        if (n < 10) {
            throw new IllegalArgumentException("at least 10 reminders: " + n);
        }
        return n;
    }

    /** Which servers to run: true is the production-like one. */
    private static List<Boolean> servers() {
        String env = System.getenv("MAIL_BENCH_SERVERS");
        if (env == null || env.isBlank() || env.strip().equals("both")) {
            return List.of(true, false);
        }
        return switch (env.strip()) {
            case "production" -> List.of(true);
            case "stock" -> List.of(false);
            default -> throw new IllegalArgumentException("MAIL_BENCH_SERVERS must be production, stock or both: " + env);
        };
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%nMailBenchmark: %,d reminders; load before: %s%n", REMINDERS, load());
        List<Reminder> reminders = reminders(REMINDERS, "bench");
        List<Reminder> warmUp = reminders(WARM_UP, "warm");
        List<String> rows = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        // the JIT sees both paths on both servers before anything is timed
        for (boolean productionLike : SERVERS) {
            Bench bench = Bench.start(productionLike);
            try {
                reuse(channel(bench.port()), warmUp);
                perMessage(rendered(warmUp, Session.getInstance(smtpProperties(bench.port()))));
            } finally {
                bench.stop();
            }
        }
        for (boolean productionLike : SERVERS) {
            String server = productionLike ? "GreenMail + TCP_NODELAY (production-like)" : "stock GreenMail";
            Bench bench = Bench.start(productionLike);
            try {
                ReminderChannel channel = channel(bench.port());
                Session session = Session.getInstance(smtpProperties(bench.port()));
                List<MimeMessage> rendered = rendered(reminders, session);
                List<MimeMessage> renderedWarmUp = rendered(warmUp, session);

                // the server's mailboxes exist before timing
                reuse(channel, warmUp);
                perMessage(renderedWarmUp);
                bench.purge();

                long reuseNanos = reuse(channel, reminders);
                int reuseReceived = bench.received();
                bench.purge();
                long baselineNanos = perMessage(rendered);
                int baselineReceived = bench.received();
                bench.purge();
                long rawReuseNanos = rawReuse(rendered, session);
                int rawReuseReceived = bench.received();
                bench.purge();
                check(reuseReceived, "channel");
                check(baselineReceived, "baseline");
                check(rawReuseReceived, "pre-rendered reuse");

                rows.add(row(server, "SmtpReminderChannel.sendAll, one connection per " + BATCH, reuseNanos));
                rows.add(row(server, "Transport.send per message (baseline, pre-rendered)", baselineNanos));
                rows.add(row(server, "one Transport per " + BATCH + ", pre-rendered (reuse without rendering)", rawReuseNanos));
                ratios.add(String.format("%s: connection reuse %.1fx faster than one Transport.send per message"
                        + " (the channel, rendering included); %.1fx with both sides pre-rendered",
                        server, (double) baselineNanos / reuseNanos, (double) baselineNanos / rawReuseNanos));
                System.out.printf("  done: %s (load %s)%n", server, load());
            } finally {
                bench.stop();
            }
        }
        System.out.printf("%n| server | variant | total (ms) | per message (ms) | messages/s |%n|---|---|---:|---:|---:|%n");
        rows.forEach(System.out::println);
        System.out.println();
        ratios.forEach(System.out::println);
        System.out.printf("(target >= 5x at 10,000; load after: %s)%n", load());
    }

    private static ReminderChannel channel(int port) {
        return MailReminders.builder()
                .server("127.0.0.1", port)
                .security(MailReminders.Security.NONE)
                .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
                .messageIdDomain(EHLO_NAME)
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .clock(Clock.systemUTC())
                .build();
    }

    private static final String EHLO_NAME = "bench.hoitomalli.test";

    private static void check(int received, String what) {
        if (received != REMINDERS) {
            throw new IllegalStateException(what + ": the server received " + received + " of " + REMINDERS);
        }
    }

    /** The 1/5/15-minute load averages, as {@code uptime} shows them. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /**
     * One in-process GreenMail SMTP server on an ephemeral loopback port, optionally with {@code TCP_NODELAY}
     * on every accepted socket (through {@link SmtpServer}'s {@code handleClientSocket} extension point).
     */
    private record Bench(SmtpServer server, Managers managers) {

        static Bench start(boolean noDelay) throws InterruptedException {
            Managers managers = new Managers();
            ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
            SmtpServer server = noDelay ? new NoDelaySmtpServer(setup, managers) : new SmtpServer(setup, managers);
            server.startService();
            if (!server.waitTillRunning(30_000)) {
                throw new IllegalStateException("GreenMail SMTP did not start");
            }
            return new Bench(server, managers);
        }

        int port() {
            return server.getPort();
        }

        int received() {
            return managers.getImapHostManager().getAllMessages().size();
        }

        void purge() throws FolderException {
            for (MailFolder folder : managers.getImapHostManager().getStore().listMailboxes("*")) {
                folder.deleteAllMessages();
            }
        }

        void stop() {
            server.stopService();
        }
    }

    /** GreenMail's SMTP server with Nagle's algorithm off on the server side, as production MTAs behave. */
    private static final class NoDelaySmtpServer extends SmtpServer {
        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
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

    /** The pre-rendered messages over one connection per batch: connection reuse without the channel's rendering. */
    private static long rawReuse(List<MimeMessage> messages, Session session) throws MessagingException {
        long start = System.nanoTime();
        for (int from = 0; from < messages.size(); from += BATCH) {
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (MimeMessage message : messages.subList(from, Math.min(from + BATCH, messages.size()))) {
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                }
            }
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
                    .messageIdDomain(EHLO_NAME)
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

    /** The same client settings as the channel's: EHLO name, TCP_NODELAY, timeouts, no wait for QUIT's reply. */
    private static Properties smtpProperties(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.socketFactory", new NoDelay());
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.localhost", EHLO_NAME);
        // the default sender for the Message-ID that saveChanges() writes (else InetAddress.getLocalHost())
        props.setProperty("mail.from", "hoitomalli@vantaa.fi");
        props.setProperty("mail.smtp.connectiontimeout", "10000");
        props.setProperty("mail.smtp.timeout", "30000");
        props.setProperty("mail.smtp.writetimeout", "30000");
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

    private static String row(String server, String variant, long nanos) {
        double ms = nanos / 1e6;
        return String.format("| %s | %s | %,.0f | %.3f | %,.0f |", server, variant, ms, ms / REMINDERS,
                REMINDERS / (ms / 1000));
    }
}
