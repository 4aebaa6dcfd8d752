package fi.hoitomalli.examples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.forms.QuickLinkTemplate;
import fi.hoitomalli.team.TeamId;

/**
 * The quick-link web forms (pikalinkkien verkkolomakkeet) on the JDK's built-in HTTP server, bound to
 * 127.0.0.1 only. A quick link ({@link QuickLinkTemplate#DEFAULT}, optionally behind a {@code /fi/},
 * {@code /sv/} or {@code /en/} language prefix) opens a form prefilled with recorder and team; the form is
 * checked by the library, recorded through the form ports and answered with a redirect to the team's
 * open feedback. See {@link FormsRoutes} for the pages and the rules of a post.
 */
public final class FormsWebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FormsWebServer.class);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final QuickLinkTemplate template;

    private FormsWebServer(HttpServer server, ExecutorService executor, QuickLinkTemplate template) {
        this.server = server;
        this.executor = executor;
        this.template = template;
    }

    /**
     * Starts serving the site on 127.0.0.1.
     *
     * @param site what the forms record into and read from
     * @param port the TCP port, or 0 for any free one (see {@link #port()})
     * @throws IOException if the port cannot be bound
     * @throws IllegalArgumentException if the port is outside 0–65535
     */
    public static FormsWebServer start(FormsSite site, int port) throws IOException {
        Objects.requireNonNull(site, "site must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0–65535: " + port);
        }
        QuickLinkTemplate template = QuickLinkTemplate.defaults();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new FormsRoutes(site, template, new CsrfTokens(new SecureRandom())));
        server.start();
        FormsWebServer started = new FormsWebServer(server, executor, template);
        LOG.info("Web forms at {}", started.baseUri());
        return started;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The server's root, e.g. {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /**
     * The absolute quick link that opens the form in the language, e.g.
     * {@code http://127.0.0.1:8080/fi/forms/feedback?recorder=S-1&team=T1}.
     */
    public String quickLink(QuickLink link, Language language) {
        Objects.requireNonNull(language, "language must not be null");
        return baseUri() + language.tag() + "/" + template.expand(link);
    }

    /** The absolute link to the team's open feedback in the language. */
    public String openFeedbackLink(TeamId team, Language language) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return "http://127.0.0.1:" + port() + FormsRoutes.openFeedbackPath(language, team, Optional.empty(),
                Optional.empty());
    }

    /** Stops accepting requests and ends the server's threads; requests in progress are cut. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "web-forms-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Reads a resource of this package as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = FormsWebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a complete response with the security headers every response carries. */
    static void send(HttpExchange exchange, int status, String contentType, String body, List<String[]> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        for (String[] header : headers) {
            h.add(header[0], header[1]);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    /** The first value of a request header. */
    static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }
}
