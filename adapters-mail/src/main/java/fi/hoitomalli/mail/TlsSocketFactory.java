package fi.hoitomalli.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets for SMTPS and STARTTLS from one {@link SSLContext} (the JVM's default trust, or the trust store
 * given to {@link MailReminders.Builder#trustStore}), with the host name checked by JSSE during the handshake
 * (endpoint identification "HTTPS": the name we connect to must be in the certificate's subject alternative
 * names) and {@code TCP_NODELAY} (see {@link NoDelaySocketFactory}). Jakarta Mail's own
 * {@code ssl.checkserveridentity} check stays on as well; nothing here trusts a certificate the context does
 * not.
 */
final class TlsSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;

    TlsSocketFactory(SSLContext context) {
        this.delegate = context.getSocketFactory();
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    /** STARTTLS: TLS layered over the connected plain socket; {@code host} is the name to verify. */
    @Override
    public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
        return verified(delegate.createSocket(plain, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return verified(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return verified(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return verified(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return verified(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return verified(delegate.createSocket(address, port, localAddress, localPort));
    }

    private static Socket verified(Socket socket) throws IOException {
        SSLSocket tls = (SSLSocket) socket;
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setTcpNoDelay(true);
        return tls;
    }
}
