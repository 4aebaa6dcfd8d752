package fi.hoitomalli.mail;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS contexts that trust exactly the certificates of a trust store, checked when the channel is built. */
final class TrustStores {

    private TrustStores() {
    }

    /**
     * A client context whose trust anchors are the store's certificates (PKIX validation, no client key).
     *
     * @throws IllegalArgumentException if the store is not loaded or holds no certificate
     */
    static SSLContext context(KeyStore store) {
        checkArgument(certificates(store) > 0, "the trust store holds no certificate");
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable trust store: " + e.getMessage(), e);
        }
    }

    /** The JVM's default context (its CA certificates). */
    static SSLContext jvmDefault() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    private static long certificates(KeyStore store) {
        try {
            long count = 0;
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) != null) {
                    count++;
                }
            }
            return count;
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("the trust store is not loaded (KeyStore.load was not called)", e);
        }
    }
}
