package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.testkit.FormsFixture;
import fi.hoitomalli.testkit.FormsSamples;

/**
 * Ids never repeat and a new record never replaces one, on one database: the ids of
 * {@link JdbcStores#idSource(String)} from several stores, pools and threads, after reopening and after a
 * rollback; and "record new" of a taken id inside a caller's transaction, which stays usable. Subclasses
 * pick the database.
 */
abstract class RecordIntegrityScenarios {

    private static final Pattern ID = Pattern.compile("(WEB|F)-[1-9]\\d*");
    private static final DateRange MARCH = new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    private static long number(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    // --- ids ----------------------------------------------------------------------------------------------

    @Test
    void idsFromTwoStoresOnOneDatabaseNeverRepeatWhateverThePrefix() {
        DataSource first = db().fixture().newSchema();
        JdbcStores one = JdbcStores.builder(first, SchemaMode.MIGRATE).build();
        JdbcStores other = JdbcStores.builder(db().fixture().anotherPoolOn(first), SchemaMode.VALIDATE).build();
        List<IdSource> sources = List.of(one.idSource("WEB"), other.idSource("WEB"), one.idSource("F"),
                other.idSource("F"));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(sources.get(i % sources.size()).nextId());
        }

        assertThat(ids).allMatch(id -> ID.matcher(id).matches()).doesNotHaveDuplicates();
        assertThat(ids.stream().map(RecordIntegrityScenarios::number)).doesNotHaveDuplicates();
        assertThat(ids.get(0)).startsWith("WEB-");
        assertThat(ids.get(2)).startsWith("F-");
    }

    @Test
    void idsAfterReopeningContinueAfterTheLastOne() {
        DataSource first = db().fixture().newSchema();
        IdSource before = JdbcStores.builder(first, SchemaMode.MIGRATE).build().idSource("WEB");
        long last = 0;
        for (int i = 0; i < 3; i++) {
            last = Math.max(last, number(before.nextId()));
        }

        JdbcStores reopened = JdbcStores.builder(db().fixture().anotherPoolOn(first), SchemaMode.MIGRATE).build();

        assertThat(number(reopened.idSource("WEB").nextId())).isGreaterThan(last);
    }

    @Test
    void concurrentCallersGetDistinctIds() throws Exception {
        DataSource first = db().fixture().newSchema();
        List<IdSource> sources = List.of(JdbcStores.builder(first, SchemaMode.MIGRATE).build().idSource("WEB"),
                JdbcStores.builder(db().fixture().anotherPoolOn(first), SchemaMode.VALIDATE).build().idSource("WEB"));
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> drawn = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                IdSource source = sources.get(t % sources.size());
                Callable<List<String>> draw = () -> {
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(source.nextId());
                    }
                    return ids;
                };
                drawn.add(pool.submit(draw));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> ids : drawn) {
                all.addAll(ids.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdDrawnInARolledBackTransactionIsNeverGivenAgain() {
        JdbcStores stores = db().emptyStores();
        IdSource ids = stores.idSource("WEB");
        List<String> drawn = new ArrayList<>();

        assertThatThrownBy(() -> stores.inTransaction(() -> {
            drawn.add(ids.nextId());
            throw new IllegalStateException("the caller changed its mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(number(ids.nextId())).isGreaterThan(number(drawn.get(0)));
    }

    @Test
    void aPrefixIsOneWordOfAtMost200Characters() {
        JdbcStores stores = db().emptyStores();
        assertThat(stores.idSource("x".repeat(200)).nextId()).startsWith("x".repeat(200) + "-");
        for (String bad : new String[] {"", " ", "W B", "x".repeat(201)}) {
            assertThatThrownBy(() -> stores.idSource(bad)).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> stores.idSource(null)).isInstanceOf(NullPointerException.class);
    }

    // --- record new ---------------------------------------------------------------------------------------

    @Test
    void aTakenIdInsideATransactionChangesNothingAndTheTransactionGoesOn() {
        JdbcStores stores = db().emptyStores("hm_feedback", "hm_situation", "hm_phone_setup", "hm_callback_promise");
        FeedbackReports feedback = stores.feedbackReports(AccessPolicy.denyAll());
        FeedbackReport first = feedback("AP-1", 2);
        SituationReport situation = FormsSamples.situation("AT-1", FormsFixture.SIVI_TEAM, FormsFixture.secretary(1),
                LocalDate.of(2027, 3, 2), Optional.empty());
        PhoneSetup setup = setup(9);
        CallbackPromise.Open promise = promise("2027-03-03T08:00:00Z");

        stores.inTransaction(() -> {
            feedback.record(first);
            stores.situationReports(AccessPolicy.denyAll()).record(situation);
            stores.phonePlans().save(setup);
            stores.callbackPromises().add(promise);
            assertThatThrownBy(() -> feedback.record(feedback("AP-1", 3))).isInstanceOf(DuplicateRecordException.class);
            assertThatThrownBy(() -> stores.situationReports(AccessPolicy.denyAll()).record(situation.withoutText()))
                    .isInstanceOf(DuplicateRecordException.class);
            assertThatThrownBy(() -> stores.phonePlans().save(setup(13))).isInstanceOf(DuplicateRecordException.class);
            assertThatThrownBy(() -> stores.callbackPromises().add(promise("2027-03-04T08:00:00Z")))
                    .isInstanceOf(DuplicateRecordException.class);
            feedback.record(feedback("AP-2", 4));
            return null;
        });

        assertThat(feedback.recordedIn(MARCH)).containsExactly(first, feedback("AP-2", 4));
        assertThat(stores.situationReports(AccessPolicy.denyAll()).recordedIn(MARCH)).containsExactly(situation);
        assertThat(stores.phonePlans().history(FormsFixture.SIVI_TEAM)).containsExactly(setup);
        assertThat(stores.callbackPromises().find(promise.id())).contains(promise);
    }

    @Test
    void anImportMeetingATakenIdNamesItAndStoresNothing() {
        JdbcStores stores = db().emptyStores("hm_feedback");
        FeedbackReports feedback = stores.feedbackReports(AccessPolicy.denyAll());
        FeedbackReport stored = feedback("AP-2", 2);
        feedback.record(stored);

        assertThatThrownBy(() -> stores.importFeedback(List.of(feedback("AP-1", 1), feedback("AP-2", 5),
                feedback("AP-3", 3)))).isInstanceOfSatisfying(DuplicateRecordException.class,
                        e -> assertThat(e.id()).isEqualTo("AP-2"));
        assertThatThrownBy(() -> stores.importFeedback(List.of(feedback("AP-5", 1), feedback("AP-5", 2))))
                .isInstanceOfSatisfying(DuplicateRecordException.class, e -> assertThat(e.id()).isEqualTo("AP-5"));

        assertThat(feedback.recordedIn(MARCH)).containsExactly(stored);
        assertThat(stores.importFeedback(List.of(feedback("AP-1", 1), feedback("AP-3", 3)))).isEqualTo(2);
    }

    private static FeedbackReport feedback(String id, int day) {
        return FormsSamples.feedback(id, FormsFixture.SIVI_TEAM, FormsFixture.secretary(1), LocalDate.of(2027, 3, day),
                Optional.empty());
    }

    private static PhoneSetup setup(int hour) {
        WeeklyTemplate template = new WeeklyTemplate(FormsFixture.SIVI_TEAM, List.of(new PhoneWindow(
                FormsFixture.secretary(1), DayOfWeek.MONDAY, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0))));
        return new PhoneSetup(FormsFixture.SIVI_TEAM, LocalDate.of(2027, 1, 1), PhonePolicy.vantaaDefault(), template);
    }

    private static CallbackPromise.Open promise(String due) {
        SecretaryId owner = FormsFixture.secretary(1);
        return new CallbackPromise.Open(new PromiseTerms(new PromiseId("P-1"), new InquiryId("I-1"), Optional.empty(),
                FormsFixture.SIVI_TEAM, owner, owner, Instant.parse("2027-03-02T08:00:00Z"), Instant.parse(due)));
    }
}
