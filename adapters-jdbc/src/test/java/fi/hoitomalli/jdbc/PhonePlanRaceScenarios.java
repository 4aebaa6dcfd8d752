package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent saves of one team's phone-hour setup for one start day, at every supported isolation level:
 * a save records a new setup and never replaces one, so exactly one save wins and every other is refused
 * with {@code DuplicateRecordException} — none gets a storage error because the database aborted it for a
 * concurrent one. Subclasses pick the database.
 */
abstract class PhonePlanRaceScenarios {

    private static final TeamId TEAM = new TeamId("T-SIVI");
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    /** The database of the subclass. */
    abstract DatabaseExtension db();

    private static PhoneSetup setup(int hour) {
        return new PhoneSetup(TEAM, FROM, PhonePolicy.vantaaDefault(), new WeeklyTemplate(TEAM, List.of(
                new PhoneWindow(new SecretaryId("S-1"), DayOfWeek.MONDAY, LocalTime.of(hour, 0),
                        LocalTime.of(hour + 1, 0)))));
    }

    @ParameterizedTest
    @EnumSource(Isolation.class)
    void ofEightConcurrentSavesOfOneSetupExactlyOneIsStoredAndTheOthersAreRefusedAsDuplicates(Isolation isolation)
            throws Exception {
        PhonePlans store = db().emptyStores(isolation, "hm_phone_setup").phonePlans();
        List<PhoneSetup> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(setup(8 + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        int stored = 0;
        int refused = 0;
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (PhoneSetup attempt : attempts) {
                saves.add(pool.submit(() -> {
                    go.await();
                    store.save(attempt);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> save : saves) {
                try {
                    save.get(60, TimeUnit.SECONDS);
                    stored++;
                } catch (ExecutionException e) {
                    // a lost race is a duplicate (never a storage failure): the first save stays as it was
                    assertThat(e.getCause()).as(isolation.name()).isInstanceOf(DuplicateRecordException.class);
                    refused++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored).as("saves that won").isEqualTo(1);
        assertThat(refused).isEqualTo(attempts.size() - 1);
        assertThat(store.history(TEAM)).singleElement().isIn(attempts);
    }
}
