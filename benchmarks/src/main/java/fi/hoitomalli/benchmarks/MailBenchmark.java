package fi.hoitomalli.benchmarks;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
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
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * 10,000 reminders to an in-process GreenMail SMTP server: {@code SmtpReminderChannel.sendAll} (one SMTP
 * connection per batch of 500) against the baseline of one {@code Transport.send} per message (a new
 * connection each), measured in the same run, on three servers:
 *
 * <ul>
 *   <li><b>production-tls</b>: what the library is built for — SMTPS (TLS from the first byte, GreenMail's
 *       SMTPS server) with SMTP AUTH, on the production-like server below. The server's EC P-256 key and
 *       self-signed certificate for {@code localhost} are made when the benchmark starts
 *       ({@link BenchCertificate}, BouncyCastle) and handed to GreenMail through its
 *       {@code greenmail.tls.keystore.*} properties. Both sides connect to {@code localhost} with a trust
 *       store holding only that certificate, verify the chain and the host name (JSSE endpoint identification
 *       and Jakarta Mail's {@code ssl.checkserveridentity}) and log in as a GreenMail user with a password;
 *       before timing, a wrong password is shown to be refused on both sides, so both really authenticate.
 *       So every new connection costs TCP set-up, the TLS handshake, the greeting, EHLO and AUTH.</li>
 *   <li><b>production</b>: plain SMTP, no AUTH, on GreenMail's {@link SmtpServer} with {@code TCP_NODELAY}
 *       on the sockets it accepts. Stock GreenMail leaves Nagle's algorithm on, so during the connection
 *       set-up (greeting / EHLO) one of its small replies waits for the client's delayed ACK, about 40–50 ms
 *       on Linux — on every new connection. A real MTA does not stall like this, and the setting is on the
 *       server, so it applies to both sides equally.</li>
 *   <li><b>stock</b>: stock GreenMail, plain SMTP, as the earlier runs used it, for reference: its
 *       per-connection stall is what made the baseline cost ~50 ms per message.</li>
 * </ul>
 *
 * Both sides use the same client settings on each server: {@code localhost} property (no local host-name
 * lookup for EHLO), {@code TCP_NODELAY} client sockets, {@code quitwait=false}, the same timeouts, and for
 * SMTPS the same trust store, verification and credentials (one TLS client context per side for the whole
 * run, as a long-running client has). The baselines get their messages pre-rendered (from the dry run), so
 * they do less work than the channel, which renders while it sends; a third row sends the same pre-rendered
 * messages over one connection per batch, to separate what reuse saves from what rendering costs. The
 * server counts the connections it accepts, and the baseline must have opened one per message.
 *
 * <p>The count is {@code MAIL_BENCH_REMINDERS} (environment, which the {@code bench} profile passes on) or
 * {@code -Dreminders=N} (with {@code java} directly); default 10,000. {@code MAIL_BENCH_SERVERS} is a
 * comma-separated list of {@code production-tls}, {@code production} and {@code stock}, or {@code all}
 * (the default). The production-like servers remember Jakarta Mail's provider lookups for their own MIME
 * parsing ({@code MailReminders.providerLookupCache} as the server threads' context class loader);
 * {@code MAIL_BENCH_SERVER_LOOKUPS=off} leaves them as stock GreenMail has
 * them. The client sides are never changed: the channel has its own per-batch cache built in, the baselines
 * run with the JVM's defaults.
 */
public final class MailBenchmark {

    /** The servers the benchmark can run, in the order {@code all} runs them. */
    private enum Server {
        PRODUCTION_TLS("production-tls", "GreenMail SMTPS + AUTH + TCP_NODELAY (production-like)", true, true),
        PRODUCTION("production", "GreenMail + TCP_NODELAY (production-like)", true, false),
        STOCK("stock", "stock GreenMail", false, false);

        final String id;
        final String label;
        final boolean noDelay;
        final boolean tls;

        Server(String id, String label, boolean noDelay, boolean tls) {
            this.id = id;
            this.label = label;
            this.noDelay = noDelay;
            this.tls = tls;
        }
    }

    private static final int REMINDERS = count();
    private static final int BATCH = 500;
    private static final int WARM_UP = Math.min(500, REMINDERS / 5);
    private static final List<Server> SERVERS = servers();
    /** Whether the production-like servers remember Jakarta Mail's provider lookups ({@code providerLookupCache}). */
    private static final boolean SERVER_LOOKUPS_CACHED =
            !"off".equals(System.getenv().getOrDefault("MAIL_BENCH_SERVER_LOOKUPS", "cached"));

    private static final String EHLO_NAME = "bench.hoitomalli.test";
    /** The name the SMTPS clients connect to: the certificate's only subject alternative name. */
    private static final String TLS_HOST = "localhost";
    /** The GreenMail user both sides log in as on the SMTPS server (made per run). */
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-s3cret";

    /** The SMTPS server's identity, made once per run (GreenMail reads its key store once per JVM). */
    private static BenchCertificate identity;

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

    /** Which servers to run, from {@code MAIL_BENCH_SERVERS}. */
    private static List<Server> servers() {
        String env = System.getenv("MAIL_BENCH_SERVERS");
        if (env == null || env.isBlank() || env.strip().equals("all")) {
            return List.of(Server.values());
        }
        Set<Server> chosen = new LinkedHashSet<>();
        for (String id : env.split(",")) {
            chosen.add(Arrays.stream(Server.values()).filter(s -> s.id.equals(id.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("MAIL_BENCH_SERVERS is a comma-separated list of "
                            + Arrays.stream(Server.values()).map(s -> s.id).collect(Collectors.joining(", "))
                            + ", or all: " + env)));
        }
        return List.copyOf(chosen);
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%nMailBenchmark: %,d reminders, servers %s, production-like servers' provider lookups %s;"
                + " load before: %s%n", REMINDERS, SERVERS.stream().map(s -> s.id).toList(),
                SERVER_LOOKUPS_CACHED ? "cached" : "off (MAIL_BENCH_SERVER_LOOKUPS=off)", load());
        if (SERVERS.stream().anyMatch(s -> s.tls)) {
            identity = BenchCertificate.issue(TLS_HOST);
            // read by GreenMail's DummySSLServerSocketFactory when the first SMTPS server starts
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY,
                    identity.keyStoreFile().toString());
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY,
                    new String(BenchCertificate.PASSWORD));
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY,
                    new String(BenchCertificate.PASSWORD));
        }
        List<Reminder> reminders = reminders(REMINDERS, "bench");
        List<Reminder> warmUp = reminders(WARM_UP, "warm");
        List<String> rows = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        // the JIT sees both paths on every server before anything is timed
        for (Server kind : SERVERS) {
            Bench bench = Bench.start(kind);
            try {
                Session session = session(bench);
                reuse(channel(bench, PASSWORD), warmUp);
                perMessage(rendered(warmUp, session), bench);
            } finally {
                bench.stop();
            }
        }
        for (Server kind : SERVERS) {
            Bench bench = Bench.start(kind);
            try {
                ReminderChannel channel = channel(bench, PASSWORD);
                Session session = session(bench);
                List<MimeMessage> rendered = rendered(reminders, session);
                List<MimeMessage> renderedWarmUp = rendered(warmUp, session);
                if (kind.tls) {
                    authenticationIsChecked(bench, renderedWarmUp.get(0));
                    System.out.printf("  %s: %s; a wrong password is refused on both sides%n", kind.id, tlsSession(bench));
                }

                // the server's mailboxes exist before timing
                reuse(channel, warmUp);
                perMessage(renderedWarmUp, bench);
                bench.purge();

                int connections = bench.connections();
                long reuseNanos = reuse(channel, reminders);
                int reuseReceived = bench.received();
                int reuseConnections = bench.connections() - connections;
                bench.purge();

                connections = bench.connections();
                long baselineNanos = perMessage(rendered, bench);
                int baselineReceived = bench.received();
                int baselineConnections = bench.connections() - connections;
                bench.purge();

                connections = bench.connections();
                long rawReuseNanos = rawReuse(rendered, session, bench);
                int rawReuseReceived = bench.received();
                int rawReuseConnections = bench.connections() - connections;
                bench.purge();

                check(reuseReceived, "channel");
                check(baselineReceived, "baseline");
                check(rawReuseReceived, "pre-rendered reuse");
                if (baselineConnections != REMINDERS) {
                    throw new IllegalStateException("the baseline opened " + baselineConnections + " connections for "
                            + REMINDERS + " messages");
                }

                rows.add(row(kind.label, "SmtpReminderChannel.sendAll, one connection per " + BATCH, reuseNanos));
                rows.add(row(kind.label, "Transport.send per message (baseline, pre-rendered)", baselineNanos));
                rows.add(row(kind.label, "one Transport per " + BATCH + ", pre-rendered (reuse without rendering)", rawReuseNanos));
                ratios.add(String.format("%s: connection reuse %.1fx faster than one Transport.send per message"
                        + " (the channel, rendering included); %.1fx with both sides pre-rendered"
                        + " [connections accepted: channel %,d, baseline %,d, pre-rendered reuse %,d]",
                        kind.label, (double) baselineNanos / reuseNanos, (double) baselineNanos / rawReuseNanos,
                        reuseConnections, baselineConnections, rawReuseConnections));
                System.out.printf("  done: %s (load %s)%n", kind.label, load());
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

    /** The channel under test; its session properties are also the baseline's ({@link #session}). */
    private static ReminderChannel channel(Bench bench, String password) {
        return builder(bench, password).build();
    }

    private static MailReminders.Builder builder(Bench bench, String password) {
        MailReminders.Builder builder = MailReminders.builder()
                .from(new EmailAddress("hoitomalli@vantaa.fi"), "Hoitomalli")
                .messageIdDomain(EHLO_NAME)
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30))
                .clock(Clock.systemUTC());
        if (bench.kind().tls) {
            builder.server(TLS_HOST, bench.port())
                    .security(MailReminders.Security.TLS)
                    .credentials(USER, password)
                    .trustStore(identity.trustStore());
        } else {
            builder.server("127.0.0.1", bench.port()).security(MailReminders.Security.NONE);
        }
        return builder;
    }

    /**
     * Before timing: a wrong password is refused (535) for the channel and for {@code Transport.send}, so the
     * server checks the credentials and both sides log in (a side that skipped AUTH would deliver anyway).
     */
    private static void authenticationIsChecked(Bench bench, MimeMessage message) throws MessagingException {
        DeliveryOutcome outcome = channel(bench, "wrong-" + PASSWORD).send(reminders(1, "auth").get(0));
        if (!(outcome instanceof DeliveryOutcome.PermanentFailure failure && failure.reason().contains("535"))) {
            throw new IllegalStateException("the channel was not refused with a wrong password: " + outcome);
        }
        try {
            Transport.send(message, USER, "wrong-" + PASSWORD);
            throw new IllegalStateException("Transport.send was not refused with a wrong password");
        } catch (AuthenticationFailedException expected) {
            // 535: the baseline authenticates too
        }
        if (bench.received() != 0) {
            throw new IllegalStateException("a message was delivered without a valid login");
        }
    }

    /** The TLS version and cipher suite the channel's socket factory negotiates with the server. */
    private static String tlsSession(Bench bench) throws IOException {
        SSLSocketFactory tls = (SSLSocketFactory) builder(bench, PASSWORD).sessionProperties()
                .get("mail.smtps.ssl.socketFactory");
        try (SSLSocket socket = (SSLSocket) tls.createSocket(TLS_HOST, bench.port())) {
            socket.startHandshake();
            SSLSession session = socket.getSession();
            return session.getProtocol() + " " + session.getCipherSuite() + ", server certificate "
                    + identity.certificate().getSigAlgName() + " for " + TLS_HOST + " verified against the trust store";
        }
    }

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
     * One in-process GreenMail SMTP or SMTPS server on an ephemeral loopback port, counting the connections
     * it accepts, optionally with {@code TCP_NODELAY} on each (through {@link SmtpServer}'s
     * {@code handleClientSocket} extension point); the SMTPS one has the benchmark's user.
     */
    private record Bench(Server kind, CountingSmtpServer server, Managers managers) {

        static Bench start(Server kind) throws InterruptedException, UserException {
            Managers managers = new Managers();
            ServerSetup setup = new ServerSetup(0, "127.0.0.1",
                    kind.tls ? ServerSetup.PROTOCOL_SMTPS : ServerSetup.PROTOCOL_SMTP).dynamicPort();
            if (kind.tls) {
                managers.getUserManager().setAuthRequired(true);
                managers.getUserManager().createUser("bench@vantaa.fi", USER, PASSWORD);
            }
            CountingSmtpServer server = new CountingSmtpServer(setup, managers, kind.noDelay);
            server.startService();
            if (!server.waitTillRunning(30_000)) {
                throw new IllegalStateException("GreenMail " + setup.getProtocol() + " did not start");
            }
            return new Bench(kind, server, managers);
        }

        int port() {
            return server.getPort();
        }

        int connections() {
            return server.accepted.get();
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

    /**
     * GreenMail's SMTP(S) server counting accepted connections; with {@code noDelay}, Nagle's algorithm is off
     * on the server side, as production MTAs behave.
     */
    private static final class CountingSmtpServer extends SmtpServer {
        final AtomicInteger accepted = new AtomicInteger();
        private final boolean noDelay;

        CountingSmtpServer(ServerSetup setup, Managers managers, boolean noDelay) {
            super(setup, managers);
            this.noDelay = noDelay;
            if (noDelay && SERVER_LOOKUPS_CACHED) {
                // GreenMail parses every message it receives with Jakarta Mail (headers, and each part for its IMAP
                // store), and Jakarta Mail 2.1 looks its StreamProvider up per part through the context class
                // loader, scanning the class path each time. A production MTA does not spend our JVM's CPU on
                // that. The server's connection threads are started by this thread and inherit its loader.
                setContextClassLoader(MailReminders.providerLookupCache(getContextClassLoader()));
            }
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            accepted.incrementAndGet();
            if (noDelay) {
                socket.setTcpNoDelay(true);
            }
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

    /** The baseline: one {@code Transport.send} per message, logging in on the SMTPS server. */
    private static long perMessage(List<MimeMessage> messages, Bench bench) throws MessagingException {
        boolean login = bench.kind().tls;
        long start = System.nanoTime();
        for (MimeMessage message : messages) {
            if (login) {
                Transport.send(message, USER, PASSWORD);
            } else {
                Transport.send(message);
            }
        }
        return System.nanoTime() - start;
    }

    /** The pre-rendered messages over one connection per batch: connection reuse without the channel's rendering. */
    private static long rawReuse(List<MimeMessage> messages, Session session, Bench bench) throws MessagingException {
        boolean login = bench.kind().tls;
        long start = System.nanoTime();
        for (int from = 0; from < messages.size(); from += BATCH) {
            try (Transport transport = session.getTransport()) {
                if (login) {
                    transport.connect(USER, PASSWORD);
                } else {
                    transport.connect();
                }
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

    /**
     * The baselines' session on this server: exactly the channel's client settings
     * ({@code MailReminders.Builder.sessionProperties}: EHLO name, {@code TCP_NODELAY} sockets, timeouts, no wait
     * for QUIT's reply, and for SMTPS AUTH, the same trust store, the chain and host name verified by JSSE and by
     * Jakarta Mail, no fallback socket factory) with a new TLS client context of its own, used for the whole
     * run. Added: the default sender for the Message-ID that {@code saveChanges()} writes (else
     * {@code InetAddress.getLocalHost()}), and SMTPS for {@code Transport.send}, which picks its transport by
     * the recipients' address type.
     */
    private static Session session(Bench bench) {
        Properties props = builder(bench, PASSWORD).sessionProperties();
        props.setProperty("mail.from", "hoitomalli@vantaa.fi");
        if (bench.kind().tls) {
            props.setProperty("mail.transport.protocol.rfc822", "smtps");
        }
        return Session.getInstance(props);
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

    private static String row(String server, String variant, long nanos) {
        double ms = nanos / 1e6;
        return String.format("| %s | %s | %,.0f | %.3f | %,.0f |", server, variant, ms, ms / REMINDERS,
                REMINDERS / (ms / 1000));
    }
}
