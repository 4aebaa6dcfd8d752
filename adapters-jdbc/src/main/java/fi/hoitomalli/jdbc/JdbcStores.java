package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.RetentionPolicy;
import fi.hoitomalli.catalog.ProductCards;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.TextRetention;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.json.HoitomalliModule;

/**
 * The JDBC adapter (tietokantasovitin): every store port of Hoitomalli on the {@link DataSource} you give
 * it — PostgreSQL, MariaDB or H2, recognised from the connection's metadata. Building it checks (or
 * migrates) the schema; then the stores are ready and thread-safe. Each store call is one transaction;
 * {@link #inTransaction(Supplier)} makes several calls one.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder(dataSource, SchemaMode.MIGRATE).build();
 * stores.customerSnapshots().save(new CustomerSnapshot("SAP-HR import", clock.instant(), base));
 * }</pre>
 *
 * <p>The adapter uses the DataSource's current schema (PostgreSQL {@code currentSchema}, the MariaDB
 * database of the URL), prefixes its tables with {@code hm_} and keeps its own Flyway history table
 * ({@code hoitomalli_schema_history}), so it can live beside the embedding system's tables.
 *
 * <p><b>Isolation levels and concurrent writers.</b> The DataSource's connections may use READ COMMITTED,
 * REPEATABLE READ or SERIALIZABLE (e.g. HikariCP's {@code transactionIsolation}); every store behaves as
 * its port says at each of them. Of concurrent saves based on one version exactly one wins and every
 * other gets {@link fi.hoitomalli.common.ConcurrentUpdateException}, whichever way the database tells the
 * losers: a changed version, a serialization failure (SQL state 40001, every vendor), a deadlock
 * (PostgreSQL 40P01, MariaDB error 1213) or a lock wait that timed out (MariaDB 1205, PostgreSQL 55P03).
 * A store call that is a transaction of its own and that the database aborts for a concurrent one is run
 * again, up to eight times in all, with a short random pause, so that a false conflict (PostgreSQL's
 * SERIALIZABLE may abort saves of different plans) never reaches the caller and a real one ends as the
 * {@code ConcurrentUpdateException} of the version check; a lock wait that timed out is not run again.
 * The reminder outbox's dispatcher calls ({@code claimDue}, {@code markSent}, {@code markFailed},
 * {@code scheduleRetry}) run at READ COMMITTED when they are transactions of their own, whatever the
 * DataSource's level: the row locks they take keep dispatchers apart, and a stricter level would only
 * make them abort one another.
 *
 * <p><b>What is stored is read back equal.</b> Every store refuses, with {@link IllegalArgumentException}
 * naming the field and the limit and before it writes anything, a value beyond what every supported
 * database keeps and hands back unchanged: an id longer than 255 characters (a reminder key: 600; a customer
 * snapshot's label: 200); any other text longer than 100,000 characters; a document of a JSON column (an
 * account plan's section, a product card, a form record, a phone-hour policy or template, a reminder) whose
 * JSON is longer than 1,000,000 characters; and a text holding U+0000 or an unpaired surrogate. Lengths are
 * {@link String#length()}. Within these limits the largest row (an account plan version) fits a MariaDB
 * packet of the default 16 MiB. Reading accepts documents of any length (Jackson's read constraints are
 * set so), so documents stored before these limits read too.
 *
 * <p><b>Exceptions of every store call</b>, besides those of its port: {@link StorageException} when the
 * database fails (unreachable, statement refused); {@link fi.hoitomalli.common.ConcurrentUpdateException}
 * when the database aborted the call for a concurrent transaction and running it again did not help (or
 * it was inside {@link #inTransaction(Supplier)}, which is never run again); {@link IllegalArgumentException}
 * when the database refused a text parameter. When a write throws, nothing of it was kept.
 */
public final class JdbcStores {

    private final Jdbc jdbc;
    private final JsonColumns jsonColumns;
    private final String schemaVersion;
    private final CustomerSnapshots customerSnapshots;
    private final AccountPlans accountPlans;
    private final ProductCards productCards;
    private final CallbackPromises callbackPromises;
    private final ReminderOutbox reminderOutbox;
    private final int batchSize;
    private final PhonePlans phonePlans;
    private final ClockActivities clockActivities;

    private JdbcStores(Builder builder) {
        Vendor vendor = detect(builder.dataSource);
        Migrations migrations = new Migrations(builder.dataSource, vendor);
        this.schemaVersion = switch (builder.schemaMode) {
            case MIGRATE -> migrations.migrate();
            case VALIDATE -> migrations.verify();
        };
        this.jdbc = new Jdbc(builder.dataSource, vendor);
        this.jsonColumns = new JsonColumns(builder.objectMapper, vendor);
        this.customerSnapshots = new JdbcCustomerSnapshots(jdbc, builder.batchSize);
        this.accountPlans = new JdbcAccountPlans(jdbc, jsonColumns);
        this.productCards = new JdbcProductCards(jdbc, jsonColumns);
        this.callbackPromises = new JdbcCallbackPromises(jdbc);
        this.reminderOutbox = new JdbcReminderOutbox(jdbc, jsonColumns);
        this.batchSize = builder.batchSize;
        this.phonePlans = new JdbcPhonePlans(jdbc, jsonColumns);
        this.clockActivities = new JdbcClockActivities(jdbc, builder.batchSize);
    }

    /**
     * Starts configuring the adapter.
     *
     * @param dataSource where the data lives; the adapter never closes it
     * @param schemaMode whether to migrate the schema or only verify it
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(DataSource dataSource, SchemaMode schemaMode) {
        return new Builder(dataSource, schemaMode);
    }

    /** The customer-base snapshots (asiakaskunnan tilannekuvat). */
    public CustomerSnapshots customerSnapshots() {
        return customerSnapshots;
    }

    /** The account plans (asiakkuussuunnitelmat) with every version, optimistically locked. */
    public AccountPlans accountPlans() {
        return accountPlans;
    }

    /** The product cards (tuotekortit) with every version, optimistically locked. */
    public ProductCards productCards() {
        return productCards;
    }

    /** The call-back promises (soittolupaukset) in their current states. */
    public CallbackPromises callbackPromises() {
        return callbackPromises;
    }

    /** The teams' phone-hour setups (puhelinaikojen asetukset): policy and weekly template by start day. */
    public PhonePlans phonePlans() {
        return phonePlans;
    }

    /**
     * The annual clock's dated activities (vuosikellon tapahtumat) with their held / planned / cancelled
     * marks, optimistically locked per activity; planning a clock batch-inserts what is new.
     */
    public ClockActivities clockActivities() {
        return clockActivities;
    }

    /**
     * The reminder outbox (muistutusten lähtevät), transactional: add reminders inside
     * {@link #inTransaction(Supplier)} together with the change that causes them, and they are stored
     * exactly when that change commits. Several dispatcher processes may claim from it at once.
     */
    public ReminderOutbox reminderOutbox() {
        return reminderOutbox;
    }

    /**
     * The challenging-situation records (asiakastilanteet) as the access policy lets each actor read them
     * (AX-1): the policy's {@link fi.hoitomalli.access.ReadScope read scope} for the actor narrows each
     * query in SQL (by team, recorder and customer), the policy then decides on every row found, and only
     * the allowed records are read. A policy without a scope ({@code Unknown}, e.g. one that only
     * implements {@code decide}) is asked about every row the query's own conditions match.
     *
     * @throws NullPointerException if the policy is null
     */
    public SituationReports situationReports(AccessPolicy policy) {
        return new JdbcSituationReports(jdbc, jsonColumns, policy);
    }

    /**
     * The customer-feedback records (asiakaspalautteet) as the access policy lets each actor read them
     * (AX-1), like {@link #situationReports(AccessPolicy)}.
     *
     * @throws NullPointerException if the policy is null
     */
    public FeedbackReports feedbackReports(AccessPolicy policy) {
        return new JdbcFeedbackReports(jdbc, jsonColumns, policy, batchSize);
    }

    /**
     * Bulk import of new feedback records (e.g. from an earlier system), in JDBC batches of the configured
     * size, in one transaction (or the caller's {@link #inTransaction(Supplier)}, which a taken id leaves
     * usable). Like {@link FeedbackReports#record}, it never replaces a stored record.
     *
     * @return how many were stored
     * @throws fi.hoitomalli.common.DuplicateRecordException if an id is stored already or repeated in the
     *     import (it names one such id); nothing is stored then
     * @throws IllegalArgumentException if an id is too long; nothing is stored then
     */
    public int importFeedback(Collection<? extends FeedbackReport> reports) {
        Objects.requireNonNull(reports, "reports must not be null");
        return new JdbcFeedbackReports(jdbc, jsonColumns, AccessPolicy.denyAll(), batchSize).insertAll(reports);
    }

    /**
     * A source of ids for new records — the forms ({@code Forms}), routed inquiries and their call-back
     * promises — that never repeats on this database: {@code prefix-n}, with {@code n} the next value of the
     * database sequence {@code hm_record_id}, which every prefix, every {@code JdbcStores} and every process
     * on the database share. So ids stay unique across restarts and processes; numbers grow but may skip
     * values (a rolled-back transaction, a database's sequence cache lost at a restart). Thread-safe; each
     * id costs one round trip, inside the caller's {@link #inTransaction(Supplier)} when there is one.
     * The source's {@code nextId} throws {@link StorageException} if the database cannot be reached.
     *
     * @param prefix what the ids start with, e.g. {@code "WEB"}: 1–200 characters, no whitespace
     * @throws IllegalArgumentException if the prefix is empty, too long or has whitespace
     * @throws NullPointerException if the prefix is null
     */
    public IdSource idSource(String prefix) {
        return new SequenceIds(jdbc, prefix);
    }

    /**
     * The retention job of the forms (AX-2) as two SQL updates in one transaction: the free text of every
     * situation and feedback dated before {@code policy.cutoff(today)} is dropped, counts and categories
     * stay. Idempotent: run it daily; a second run the same day changes nothing.
     *
     * @return the cutoff and how many records of each kind lost their text in this run
     */
    public TextRetention.Outcome applyRetention(RetentionPolicy policy, LocalDate today) {
        Objects.requireNonNull(policy, "policy must not be null");
        LocalDate cutoff = policy.cutoff(today);
        return jdbc.inTransaction("apply the retention of the forms", connection -> new TextRetention.Outcome(cutoff,
                JdbcSituationReports.anonymiseBefore(connection, cutoff),
                JdbcFeedbackReports.anonymiseBefore(connection, cutoff)));
    }

    /**
     * The feedback summary of the period computed in the database (GROUP BY on indexed columns): the same
     * figures as {@code new FeedbackSummaries(calendar).summarise(records, period, dimensions, asOf)} over
     * the stored records, without reading them into memory. Check summary access (AX-1) first, as
     * {@code FeedbackSummaries} does.
     *
     * @throws IllegalArgumentException if a dimension is repeated
     * @throws NullPointerException if an argument is null
     */
    public FeedbackSummary summariseFeedback(WorkingCalendar calendar, ReportingPeriod period,
                                             List<Dimension> dimensions, LocalDate asOf) {
        return new JdbcFeedbackSummaries(jdbc, calendar).summarise(period, dimensions, asOf);
    }

    /**
     * Runs the work as one transaction: every store call made inside it on this thread uses the same
     * connection and is committed together when the work returns, or rolled back together when it throws
     * (the exception is rethrown as it is). Calls made inside it from other threads are not part of it.
     * The work runs once: when the database aborts the transaction for a concurrent one, the caller decides
     * whether to run it again. A store call that fails inside it — other than with the
     * {@code ConcurrentUpdateException} of its own version check or the {@code DuplicateRecordException} of
     * a "record new" on a taken id, which leave the transaction usable —
     * makes the whole transaction roll back, even if the work catches the exception and returns: the
     * database may have kept part of that call's writes or already aborted the transaction.
     *
     * @return what the work returns
     * @throws fi.hoitomalli.common.ConcurrentUpdateException if the database aborted the transaction for a
     *     concurrent one (also at commit), or a store call in it failed so; nothing of it was kept
     * @throws StorageException if the transaction cannot be started or committed, or a store call in it
     *     failed and the work went on; nothing of it was kept
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work must not be null");
        return jdbc.inCallersTransaction(connection -> work.get());
    }

    /** The version of the schema the adapter runs against, e.g. {@code "1"}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The unit-of-work helper the stores share. */
    Jdbc jdbc() {
        return jdbc;
    }

    /** The JSON column codec, with the configured mapper, for the stores whose sections are documents. */
    JsonColumns jsonColumns() {
        return jsonColumns;
    }

    private static Vendor detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Vendor.of(connection.getMetaData());
        } catch (SQLException e) {
            throw new StorageException("could not connect to the database: " + e.getMessage(), e);
        }
    }

    /** Configuration of {@link JdbcStores}; not thread-safe, used once. */
    public static final class Builder {

        private final DataSource dataSource;
        private final SchemaMode schemaMode;
        private ObjectMapper objectMapper = HoitomalliModule.newObjectMapper();
        private int batchSize = 500;

        private Builder(DataSource dataSource, SchemaMode schemaMode) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
            this.schemaMode = Objects.requireNonNull(schemaMode, "schemaMode must not be null");
        }

        /**
         * The mapper for the JSON columns; it must have {@link HoitomalliModule}. Defaults to
         * {@link HoitomalliModule#newObjectMapper()}. Use your own to share its configuration, never to
         * change the stored shape.
         */
        public Builder objectMapper(ObjectMapper mapper) {
            this.objectMapper = Objects.requireNonNull(mapper, "mapper must not be null");
            return this;
        }

        /** How many rows a bulk write sends to the database at once; default 500. */
        public Builder batchSize(int rows) {
            checkArgument(rows > 0, "batch size must be positive: %s", rows);
            this.batchSize = rows;
            return this;
        }

        /**
         * Connects, recognises the database, migrates or verifies the schema.
         *
         * @throws StorageException if the database cannot be reached, is not supported, or its schema is
         *                          unmigrated, older (in {@code VALIDATE} mode), newer or unknown
         */
        public JdbcStores build() {
            return new JdbcStores(this);
        }
    }
}
