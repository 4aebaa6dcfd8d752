package fi.hoitomalli.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A test-only STARTTLS front for GreenMail, whose SMTP server has no STARTTLS (GreenMail issue 135): it
 * answers the plain-text part of the dialogue itself (greeting, {@code EHLO} offering {@code STARTTLS},
 * {@code 220} to {@code STARTTLS}; anything else is refused with {@code 530}), upgrades the connection to TLS
 * with the identity it was given, then connects to GreenMail's plain SMTP port, drops GreenMail's greeting
 * and relays the encrypted session's bytes both ways — so the second {@code EHLO}, AUTH and the messages are
 * GreenMail's. With {@code offerStartTls} false it never offers STARTTLS (a downgrade).
 */
final class StartTlsFront implements AutoCloseable {

    private final ServerSocket server;
    private final SSLContext tls;
    private final int greenMailPort;
    private final boolean offerStartTls;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger handshakes = new AtomicInteger();

    private StartTlsFront(SSLContext tls, int greenMailPort, boolean offerStartTls) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.tls = tls;
        this.greenMailPort = greenMailPort;
        this.offerStartTls = offerStartTls;
        Thread acceptor = new Thread(this::acceptLoop, "starttls-front-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static StartTlsFront inFrontOf(int greenMailPort, TestCertificates.Identity identity) throws IOException {
        return new StartTlsFront(identity.serverContext(), greenMailPort, true);
    }

    static StartTlsFront withoutStartTls(int greenMailPort, TestCertificates.Identity identity) throws IOException {
        return new StartTlsFront(identity.serverContext(), greenMailPort, false);
    }

    int port() {
        return server.getLocalPort();
    }

    /** TLS handshakes that completed. */
    int handshakes() {
        return handshakes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread handler = new Thread(() -> handle(client), "starttls-front-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            reply(out, "220 front.hoitomalli.test ESMTP");
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, offerStartTls ? "250-front.hoitomalli.test\r\n250 STARTTLS" : "250 front.hoitomalli.test");
                } else if (command.startsWith("STARTTLS") && offerStartTls) {
                    reply(out, "220 2.0.0 Ready to start TLS");
                    relayOverTls(client);
                    return;
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "530 5.7.0 Must issue a STARTTLS command first");
                }
            }
        } catch (IOException e) {
            // the client went away, or the handshake failed on its side: nothing to relay
        }
    }

    private void relayOverTls(Socket client) throws IOException {
        SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(client, null, false);
        secure.startHandshake();
        handshakes.incrementAndGet();
        try (secure; Socket greenMail = new Socket(InetAddress.getLoopbackAddress(), greenMailPort)) {
            sockets.add(greenMail);
            InputStream fromGreenMail = greenMail.getInputStream();
            readLine(fromGreenMail); // GreenMail's own 220 greeting: the client had ours already
            Thread up = new Thread(() -> pipe(secure, greenMail), "starttls-front-up");
            up.setDaemon(true);
            up.start();
            fromGreenMail.transferTo(secure.getOutputStream());
        } catch (IOException e) {
            // either side closed
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // either side closed
        }
    }

    private static void reply(OutputStream out, String lines) throws IOException {
        out.write((lines + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.US_ASCII).strip();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
