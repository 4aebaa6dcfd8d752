package fi.hoitomalli.testkit;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.plan.AccountPlans;

/**
 * The hostile-input suite (vihamielisen syötteen testisarja): generated names, ids and texts with
 * characters of every Unicode category, control characters, unpaired surrogates, noncharacters and
 * over-long values ({@link HostileTexts}) go through the CSV import of the customer directory, the two
 * forms, and the stores. It checks that no exception escapes but the documented ones, that nothing is
 * half-stored (a refused write leaves what was stored before reading back unchanged), and that what is
 * stored reads back equal.
 *
 * <p>Extend it in a JUnit 5 test class and override the store methods of the stores you have; each call
 * must return an empty store. A check whose store is not supplied is skipped (reported as aborted). The
 * CSV import and the forms' validation run without any store but the forms'.
 *
 * <pre>{@code
 * class CityStoresHostileInputTest extends HostileInputContract {
 *     protected CustomerSnapshots customerSnapshots() { return cityDatabase.emptySnapshots(); }
 *     protected FeedbackReports feedbackReports(AccessPolicy policy) { return cityDatabase.emptyFeedback(policy); }
 * }
 * }</pre>
 *
 * <p>Every check makes {@link #tries()} tries (default {@value #DEFAULT_TRIES}, or the system property
 * {@value #TRIES_PROPERTY}), try {@code i} drawing all its values from seed {@code firstSeed + i}. A failure
 * names the seed and every value of the try, escaped as {@code \}{@code uXXXX}; run with
 * {@code -D}{@value #SEED_PROPERTY}{@code =N} to replay seed N alone. It prints per check how many tries were
 * accepted and refused and how, and fails a check that never accepted, never refused, or accepted only plain
 * ASCII: a check must prove both ways. Hibernate Validator (or another Jakarta Validation provider) must
 * be on the test class path, or override {@link #validator()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostileInputContract {

    /** The system property that replays one seed: {@code -Dhoitomalli.hostile.seed=N}. */
    public static final String SEED_PROPERTY = "hoitomalli.hostile.seed";
    /** The system property that sets the number of tries of every check. */
    public static final String TRIES_PROPERTY = "hoitomalli.hostile.tries";
    /** The system property that sets the first seed (the default is {@value #DEFAULT_FIRST_SEED}). */
    public static final String FIRST_SEED_PROPERTY = "hoitomalli.hostile.firstSeed";
    /** Tries per check unless {@link #tries()} or {@value #TRIES_PROPERTY} say otherwise. */
    public static final int DEFAULT_TRIES = 300;
    /** The first seed unless {@value #FIRST_SEED_PROPERTY} says otherwise. */
    public static final long DEFAULT_FIRST_SEED = 15_000;

    /** The forms' clock: 15 March 2027, 10:00 in Helsinki. */
    protected static final Clock CLOCK = Clock.fixed(LocalDate.of(2027, 3, 15).atTime(10, 0)
            .atZone(ZoneId.of("Europe/Helsinki")).toInstant(), ZoneId.of("Europe/Helsinki"));

    private ValidatorFactory validatorFactory;

    /** How many tries each check makes; {@value #TRIES_PROPERTY} overrides it. Lower it for slow stores. */
    protected int tries() {
        return DEFAULT_TRIES;
    }

    /**
     * The validator of the CSV import and the forms; by default Jakarta Validation's default provider.
     */
    protected Validator validator() {
        if (validatorFactory == null) {
            validatorFactory = Validation.buildDefaultValidatorFactory();
        }
        return validatorFactory.getValidator();
    }

    /** An empty store of customer snapshots; by default none (the check is skipped). */
    protected CustomerSnapshots customerSnapshots() {
        return notSupplied("customerSnapshots()");
    }

    /**
     * An empty store of situation records that applies the policy (the forms' and the store's checks read
     * through the management group, which may read everything); by default none.
     */
    protected SituationReports situationReports(AccessPolicy policy) {
        return notSupplied("situationReports(AccessPolicy)");
    }

    /** An empty store of feedback records that applies the policy; by default none. */
    protected FeedbackReports feedbackReports(AccessPolicy policy) {
        return notSupplied("feedbackReports(AccessPolicy)");
    }

    /** An empty store of account plans; by default none. */
    protected AccountPlans accountPlans() {
        return notSupplied("accountPlans()");
    }

    private static <T> T notSupplied(String method) {
        Assumptions.abort("no store supplied: override " + method + " to run this check");
        throw new AssertionError("unreachable");
    }

    @AfterAll
    void closeValidator() {
        if (validatorFactory != null) {
            validatorFactory.close();
        }
    }

    /** The CSV import of the customer directory: hostile cells in every column. */
    @TestFactory
    Stream<DynamicTest> csvImport() {
        return Stream.of(check("CSV import of the customer directory",
                () -> new HostileCsvCheck(validator())::run));
    }

    /** The situation and feedback forms: hostile values in every text field, recorded or reported. */
    @TestFactory
    Stream<DynamicTest> forms() {
        return Stream.of(
                check("situation form", () -> formsCheck()::situation),
                check("feedback form", () -> formsCheck()::feedback));
    }

    /** The stores directly: hostile domain values saved, changed and read back. */
    @TestFactory
    Stream<DynamicTest> stores() {
        return Stream.of(
                check("customer snapshots", () -> new HostileStoreChecks.Snapshots(customerSnapshots())::run),
                check("situation records", () -> new HostileStoreChecks.Situations(situationReports(policy()))::run),
                check("feedback records", () -> new HostileStoreChecks.Feedback(feedbackReports(policy()))::run),
                check("account plans", () -> new HostileStoreChecks.Plans(accountPlans())::run));
    }

    private HostileFormsCheck formsCheck() {
        AccessPolicy policy = policy();
        return new HostileFormsCheck(new InputValidation(validator()), CLOCK, "HX", situationReports(policy),
                feedbackReports(policy));
    }

    private static AccessPolicy policy() {
        return FormsFixture.accessPolicy(Absences.none(), CLOCK);
    }

    /** A check as a dynamic test; the try is made when the test runs, so a missing store skips it there. */
    private DynamicTest check(String name, CheckSource source) {
        List<Long> seeds = seeds();
        String shown = seeds.size() == 1 ? name + " (seed " + seeds.get(0) + ")" : name + " (" + seeds.size() + " tries)";
        return DynamicTest.dynamicTest(shown, () -> HostileRun.run(name, seeds, source.open()));
    }

    /** Opens a check: builds its stores, which may skip it. */
    @FunctionalInterface
    private interface CheckSource {
        HostileRun.Try open();
    }

    private List<Long> seeds() {
        String replay = System.getProperty(SEED_PROPERTY);
        int tries = Integer.getInteger(TRIES_PROPERTY, tries());
        long first = Long.getLong(FIRST_SEED_PROPERTY, DEFAULT_FIRST_SEED);
        return HostileRun.seeds(replay == null || replay.isBlank() ? null : Long.valueOf(replay.trim()), first, tries);
    }
}
