package fi.hoitomalli.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A thread context class loader that remembers the service-file lookups of the caller's.
 *
 * <p>Jakarta Mail 2.1 (2.1.3 to 2.1.5) looks its {@code StreamProvider} up with {@code ServiceLoader} on
 * every {@code MimeMultipart} and {@code BodyPart} it creates and on every encoder it opens while a message is
 * written — about ten lookups per reminder (jakartaee/mail-api issues 699 and 861; the API's own javadoc
 * asks callers to cache the result, and its internals do not). On the class path each lookup asks the
 * context class loader for {@code META-INF/services/jakarta.mail.util.StreamProvider}, which scans every
 * jar of the application, and then reads the file with URL caching off, which opens the jar again: on the
 * examples' class path that was about half of a reminder's render time. Lookups go through the thread's
 * context class loader, so a channel runs each batch with this loader in place ({@link PerChannel#around}):
 * it delegates everything to the caller's loader and only keeps the {@code META-INF/services/} files it
 * returned (their URLs, and their contents served from memory). Classes, other resources and the providers
 * themselves are the parent's; ServiceLoader still parses the file and makes the provider instance, so the
 * answer is the one the caller's loader gives. The caller's loader is put back when the batch ends, also on
 * failure. On the module path the lookup is already cheap and the loader changes nothing.
 *
 * <p>A channel keeps its cache while the caller's context class loader stays the same, rather than making one
 * per batch: the JVM records a loader that {@code Class.forName} went through as an initiating loader of the
 * provider class, which keeps some class-loader metadata alive until a class-unloading collection, so one
 * loader per {@code send} of a single reminder would churn that metadata. The price is that service files
 * added to the caller's class path after the first batch are not seen by that channel.
 */
final class ServiceLookupCache extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";

    static {
        registerAsParallelCapable();
    }

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    private ServiceLookupCache(ClassLoader parent) {
        super("hoitomalli-mail-lookups", parent);
    }

    /** A cache over {@code parent} ({@link MailReminders#providerLookupCache}). */
    static ServiceLookupCache over(ClassLoader parent) {
        return new ServiceLookupCache(parent);
    }

    /** A channel's cache: one per caller's context class loader, the last one kept. Thread-safe. */
    static final class PerChannel {
        private volatile ServiceLookupCache current;

        /** Runs {@code work} with the cache over this thread's context class loader in place. */
        <T> T around(Supplier<T> work) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            ClassLoader parent = previous != null ? previous : ServiceLookupCache.class.getClassLoader();
            ServiceLookupCache cache = current;
            if (cache == null || cache.getParent() != parent) {
                cache = new ServiceLookupCache(parent);
                current = cache;
            }
            thread.setContextClassLoader(cache);
            try {
                return work.get();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> found = services.get(name);
        if (found == null) {
            List<URL> copies = new ArrayList<>();
            for (URL file : Collections.list(super.getResources(name))) {
                copies.add(inMemory(file));
            }
            found = List.copyOf(copies);
            services.putIfAbsent(name, found);
        }
        return Collections.enumeration(found);
    }

    /**
     * The service file's bytes behind a URL that serves them from memory: ServiceLoader reads a service file
     * with the URL connection's caches off, so a {@code jar:} URL would open (and index) the whole jar again
     * on every lookup. The URL keeps the original's text, so messages naming it still point at the jar.
     */
    private static URL inMemory(URL file) throws IOException {
        byte[] content;
        try (InputStream in = file.openStream()) {
            content = in.readAllBytes();
        }
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(content);
                    }
                };
            }
        };
        return new URL(null, file.toExternalForm(), handler);
    }

    /** The number of service files remembered (for tests). */
    int remembered() {
        return services.size();
    }
}
