package fi.hoitomalli.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A test-only SMTP proxy on an ephemeral port in front of GreenMail that answers {@code RCPT TO} for
 * chosen addresses itself (e.g. {@code 550 5.1.1}), because GreenMail accepts every recipient. Everything
 * else is passed through. With {@link #blackHole()} it accepts connections and never says a word (a hung
 * server, to exercise read timeouts).
 */
final class SmtpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final boolean silent;
    private final Map<String, String> rejections = new ConcurrentHashMap<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();

    private SmtpProxy(int targetPort, boolean silent) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.silent = silent;
        this.acceptor = new Thread(this::acceptLoop, "smtp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static SmtpProxy inFrontOf(int targetPort) throws IOException {
        return new SmtpProxy(targetPort, false);
    }

    static SmtpProxy blackHole() throws IOException {
        return new SmtpProxy(-1, true);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers {@code RCPT TO:<address>} with the reply, e.g. {@code "550 5.1.1 no such user"}. */
    SmtpProxy reject(String address, String reply) {
        rejections.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** Client connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Stops rejecting the address. */
    void accept(String address) {
        rejections.remove(address.toLowerCase(Locale.ROOT));
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                sockets.add(client);
                if (!silent) {
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    sockets.add(upstream);
                    daemon(() -> pump(upstream.getInputStream(), client.getOutputStream(), client));
                    daemon(() -> filter(client.getInputStream(), upstream.getOutputStream(), client.getOutputStream(), client));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private interface IoTask {
        void run() throws IOException;
    }

    private static void daemon(IoTask task) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (IOException ignored) {
                // connection closed
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void pump(InputStream in, OutputStream out, Object lock) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            synchronized (lock) {
                out.write(buffer, 0, n);
                out.flush();
            }
        }
        out.close();
    }

    private void filter(InputStream in, OutputStream upstream, OutputStream client, Object lock) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b != '\n') {
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            String reply = rejection(text);
            if (reply != null) {
                synchronized (lock) {
                    client.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    client.flush();
                }
            } else {
                upstream.write(line.toByteArray());
                upstream.flush();
            }
            line.reset();
        }
        upstream.close();
    }

    private String rejection(String line) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("RCPT TO:")) {
            return null;
        }
        int open = line.indexOf('<');
        int close = line.indexOf('>');
        if (open < 0 || close < open) {
            return null;
        }
        return rejections.get(line.substring(open + 1, close).toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
