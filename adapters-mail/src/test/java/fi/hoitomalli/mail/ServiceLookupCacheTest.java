package fi.hoitomalli.mail;

import static fi.hoitomalli.mail.MailFixtures.ASA;
import static fi.hoitomalli.mail.MailFixtures.JOHN;
import static fi.hoitomalli.mail.MailFixtures.MAIJA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.testkit.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jakarta Mail 2.1's per-part {@code StreamProvider} lookups are asked of the caller's context class loader
 * once per channel and caller's loader, not once per part; the loader is always put back and changes no
 * answer.
 */
class ServiceLookupCacheTest {

    private static final String STREAM_PROVIDER = "META-INF/services/" + StreamProvider.class.getName();

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(MailFixtures.smtpSetup());

    /** A context class loader that counts what it is asked. */
    static final class CountingLoader extends ClassLoader {
        final Map<String, Integer> asked = new ConcurrentHashMap<>();

        CountingLoader() {
            super(ServiceLookupCacheTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.merge(name, 1, Integer::sum);
            return super.getResources(name);
        }

        int asked(String name) {
            return asked.getOrDefault(name, 0);
        }
    }

    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Twelve reminders: one digest per recipient, four times over. */
    private static List<Reminder> batch(MutableClock clock) {
        List<Reminder> once = MailFixtures.evaluation(clock).evaluate(DueFacts.none().withUpdates(List.of(
                new IntranetUpdate(new IntranetItem("u1", "Lomakauden ohjeet", "https://intra.vantaa.fi/u1", "Lue lisää"),
                        IntranetUpdate.Importance.NORMAL, MailFixtures.at("2027-03-02T10:00"), List.of(MAIJA, ASA, JOHN)))));
        assertThat(once).hasSize(3);
        List<Reminder> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batch.addAll(once);
        }
        return batch;
    }

    /** Renders and writes the batch's messages the way an application would, with {@code loader} in place. */
    private static void renderUnder(ClassLoader loader, MutableClock clock, List<Reminder> batch) {
        MessageAssembler assembler = new MessageAssembler(MailFixtures.builder(clock).settings());
        Session session = Session.getInstance(new Properties());
        withContextLoader(loader, () -> {
            for (Reminder r : batch) {
                try {
                    assembler.assemble(session, r).writeTo(OutputStream.nullOutputStream());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        });
    }

    @Test
    void renderingWithoutTheCacheAsksTheContextLoaderForEveryPart() {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        CountingLoader loader = new CountingLoader();
        List<Reminder> batch = batch(clock);
        renderUnder(loader, clock, batch);
        // The control for the tests below: Jakarta Mail 2.1 really looks up per part.
        assertThat(loader.asked(STREAM_PROVIDER)).isGreaterThanOrEqualTo(2 * batch.size());
    }

    @Test
    void providerLookupCacheServesApplicationThreadsThatRenderMailThemselves() {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        CountingLoader loader = new CountingLoader();
        ClassLoader cache = MailReminders.providerLookupCache(loader);

        renderUnder(cache, clock, batch(clock));

        assertThat(cache.getParent()).isSameAs(loader);
        assertThat(loader.asked(STREAM_PROVIDER)).isEqualTo(1);
        assertThatThrownBy(() -> MailReminders.providerLookupCache(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDryRunBatchAsksTheCallersLoaderOnce(@TempDir Path dir) {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        CountingLoader loader = new CountingLoader();
        List<Reminder> batch = batch(clock);

        ReminderChannel dryRun = MailFixtures.builder(clock).buildDryRun(dir);

        List<DeliveryOutcome> outcomes = withContextLoader(loader, () -> dryRun.sendAll(batch));

        assertThat(outcomes).hasSize(batch.size()).allMatch(DeliveryOutcome.Delivered.class::isInstance);
        assertThat(loader.asked(STREAM_PROVIDER)).isEqualTo(1);
    }

    @Test
    void anSmtpBatchAsksTheCallersLoaderOnceAndDeliversEverything() {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        CountingLoader loader = new CountingLoader();
        List<Reminder> batch = batch(clock);

        ReminderChannel smtp = MailFixtures.smtp(clock, GREENMAIL.getSmtp().getPort());

        List<DeliveryOutcome> outcomes = withContextLoader(loader, () -> smtp.sendAll(batch));

        assertThat(outcomes).hasSize(batch.size()).allMatch(DeliveryOutcome.Delivered.class::isInstance);
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(batch.size());
        assertThat(loader.asked(STREAM_PROVIDER)).isEqualTo(1);
    }

    @Test
    void laterBatchesAndSingleSendsReuseTheChannelsCacheWhileTheCallersLoaderStaysTheSame() {
        MutableClock clock = MailFixtures.clockAt("2027-03-02T15:00");
        CountingLoader loader = new CountingLoader();
        CountingLoader another = new CountingLoader();
        List<Reminder> batch = batch(clock);
        ReminderChannel smtp = MailFixtures.smtp(clock, GREENMAIL.getSmtp().getPort());

        withContextLoader(loader, () -> {
            smtp.sendAll(batch);
            smtp.sendAll(batch);
            batch.forEach(smtp::send);
            return null;
        });
        withContextLoader(another, () -> smtp.sendAll(batch));

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(4 * batch.size());
        assertThat(loader.asked(STREAM_PROVIDER)).as("one lookup for two batches and twelve single sends").isEqualTo(1);
        assertThat(another.asked(STREAM_PROVIDER)).as("a caller with another loader gets its own cache").isEqualTo(1);
    }

    @Test
    void theCallersLoaderIsPutBackAfterTheBatchAndAfterAFailure() {
        CountingLoader loader = new CountingLoader();
        ServiceLookupCache.PerChannel lookups = new ServiceLookupCache.PerChannel();
        withContextLoader(loader, () -> {
            ClassLoader inside = lookups.around(() -> Thread.currentThread().getContextClassLoader());
            assertThat(inside).isInstanceOf(ServiceLookupCache.class).isNotSameAs(loader);
            assertThat(inside.getParent()).isSameAs(loader);
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(loader);
            assertThat(lookups.around(() -> Thread.currentThread().getContextClassLoader()))
                    .as("the same cache for the same caller's loader").isSameAs(inside);
            assertThatThrownBy(() -> lookups.around(() -> {
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(loader);
            return null;
        });
    }

    @Test
    void theProviderAndTheResourcesAreTheCallersOnlyServiceFilesAreRemembered() throws Exception {
        CountingLoader loader = new CountingLoader();
        List<URL> direct = Collections.list(loader.getResources(STREAM_PROVIDER));
        Class<?> outside = withContextLoader(loader, () -> StreamProvider.provider().getClass());
        loader.asked.clear();
        withContextLoader(loader, () -> new ServiceLookupCache.PerChannel().around(() -> {
            ServiceLookupCache cache = (ServiceLookupCache) Thread.currentThread().getContextClassLoader();
            try {
                assertThat(StreamProvider.provider().getClass()).isSameAs(outside);
                assertThat(StreamProvider.provider().getClass()).isSameAs(outside);
                List<URL> cached = Collections.list(cache.getResources(STREAM_PROVIDER));
                assertThat(cached).extracting(URL::toExternalForm)
                        .containsExactlyElementsOf(direct.stream().map(URL::toExternalForm).toList());
                for (int i = 0; i < direct.size(); i++) {
                    try (InputStream original = direct.get(i).openStream();
                         InputStream copy = cached.get(i).openStream()) {
                        assertThat(copy.readAllBytes()).isEqualTo(original.readAllBytes());
                    }
                }
                cache.getResources("META-INF/MANIFEST.MF");
                cache.getResources("META-INF/MANIFEST.MF");
                assertThat(cache.remembered()).isEqualTo(1);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return null;
        }));
        assertThat(loader.asked(STREAM_PROVIDER)).isEqualTo(1);
        assertThat(loader.asked("META-INF/MANIFEST.MF")).as("other resources are not remembered").isEqualTo(2);
    }
}
