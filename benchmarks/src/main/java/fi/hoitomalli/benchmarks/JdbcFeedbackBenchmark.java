package fi.hoitomalli.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.benchmarks.BenchDatabases.Db;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import fi.hoitomalli.testkit.ReminderSamples;

/**
 * Benchmark of the JDBC adapter, per database (H2 in memory, and PostgreSQL and
 * MariaDB at {@code HOITOMALLI_TEST_POSTGRES_URL} / {@code HOITOMALLI_TEST_MARIADB_URL}, defaulting to the
 * local servers), each in a dedicated schema or database dropped afterwards:
 * <ol>
 * <li>100,000 feedback records inserted through {@code JdbcStores.importFeedback} against a hand-written
 * JDBC batch insert of the same rows (same columns, same JSON), alternately, in the same run; target: the
 * adapter reaches at least 70 % of the raw throughput;</li>
 * <li>PostgreSQL only: a year's monthly summary by team and reason over 1,000,000 records (generated in
 * SQL) with {@code JdbcStores.summariseFeedback}; target under 500 ms;</li>
 * <li>10,000 due reminders claimed from the outbox by 4 concurrent dispatchers: zero double claims.</li>
 * </ol>
 * Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=JdbcFeedbackBenchmark} (with
 * {@code HOITOMALLI_BENCH_PARTS=summary} only the PostgreSQL summary). The machine is shared: numbers are
 * noisy.
 */
public final class JdbcFeedbackBenchmark {

    private static final int RECORDS = 100_000;
    private static final int SUMMARY_RECORDS = 1_000_000;
    private static final int REMINDERS = 10_000;
    private static final int DISPATCHERS = 4;
    private static final int BATCH = 1_000;
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final String INSERT = "INSERT INTO hm_feedback (team_id, recorder_id, customer_id, sector_id, "
            + "role, agreement, kind, reason, channel, received, due_date, responded_on, stage, anonymised, report, "
            + "full_report, feedback_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private JdbcFeedbackBenchmark() {
    }

    /** Runs every part on every database that is reachable. */
    public static void main(String[] args) throws Exception {
        // HOITOMALLI_BENCH_PARTS=summary runs only the PostgreSQL summary
        boolean summaryOnly = "summary".equals(System.getenv("HOITOMALLI_BENCH_PARTS"));
        List<FeedbackReport> records = generate(RECORDS, new Random(20270101L));
        List<String> table = new ArrayList<>();
        for (Db db : summaryOnly ? new Db[] {Db.POSTGRESQL} : Db.values()) {
            String schema = BenchDatabases.newSchema();
            Optional<HikariDataSource> opened = BenchDatabases.openOrSkip(db, schema, DISPATCHERS + 2);
            if (opened.isEmpty()) {
                continue;
            }
            HikariDataSource pool = opened.get();
            try {
                JdbcStores stores = JdbcStores.builder(pool, SchemaMode.MIGRATE).batchSize(BATCH).build();
                if (!summaryOnly) {
                    table.add(insertRace(db, pool, stores, records));
                }
                if (db == Db.POSTGRESQL) {
                    table.add(summary(pool, stores));
                }
                if (!summaryOnly) {
                    table.add(outbox(db, stores));
                }
            } finally {
                pool.close();
                BenchDatabases.drop(db, schema);
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static String insertRace(Db db, HikariDataSource pool, JdbcStores stores, List<FeedbackReport> records)
            throws SQLException {
        ObjectWriter writer = HoitomalliModule.newObjectMapper().writerFor(FeedbackReport.class);
        // warm-up of both paths on a tenth of the rows
        List<FeedbackReport> warm = records.subList(0, RECORDS / 10);
        raw(db, pool, warm, writer);
        clear(pool);
        stores.importFeedback(warm);
        clear(pool);
        long rawBest = Long.MAX_VALUE;
        long adapterBest = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            raw(db, pool, records, writer);
            rawBest = Math.min(rawBest, System.nanoTime() - start);
            clear(pool);
            start = System.nanoTime();
            stores.importFeedback(records);
            adapterBest = Math.min(adapterBest, System.nanoTime() - start);
            clear(pool);
        }
        double raw = RECORDS / (rawBest / 1e9);
        double adapter = RECORDS / (adapterBest / 1e9);
        return String.format(Locale.ROOT, "| %s | insert %,d feedback | adapter %,.0f rows/s (%.2f s) | raw batch %,.0f "
                        + "rows/s (%.2f s) | %.0f %% of raw |", db, RECORDS, adapter, adapterBest / 1e9, raw,
                rawBest / 1e9, 100 * adapter / raw);
    }

    /** The hand-written baseline: the same columns and JSON as the adapter writes, in JDBC batches. */
    private static void raw(Db db, HikariDataSource pool, List<FeedbackReport> records, ObjectWriter writer)
            throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (FeedbackReport r : records) {
                    FeedbackDetails d = r.details();
                    s.setString(1, d.team().value());
                    s.setString(2, d.recorder().value());
                    s.setString(3, d.customer().map(x -> x.value()).orElse(null));
                    s.setString(4, d.segment().sector().value());
                    s.setString(5, d.segment().role().name());
                    s.setString(6, d.segment().agreement().map(AgreementCode::value).orElse(null));
                    s.setString(7, d.kind().name());
                    s.setString(8, d.reason().name());
                    s.setString(9, d.channel().name());
                    s.setObject(10, d.received());
                    s.setObject(11, d.dueDate());
                    if (r.response().isPresent()) {
                        s.setObject(12, r.response().get().on());
                    } else {
                        s.setNull(12, Types.DATE);
                    }
                    s.setString(13, r.stage().name());
                    s.setBoolean(14, d.anonymised());
                    json(db, s, 15, write(writer, r.withoutText()));
                    json(db, s, 16, write(writer, r));
                    s.setString(17, d.id().value());
                    s.addBatch();
                    if (++pending == BATCH) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    s.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static void json(Db db, PreparedStatement s, int index, String json) throws SQLException {
        if (db == Db.POSTGRESQL) {
            s.setObject(index, json, Types.OTHER);
        } else {
            s.setString(index, json);
        }
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(HikariDataSource pool, JdbcStores stores) throws SQLException {
        ObjectMapper mapper = HoitomalliModule.newObjectMapper();
        String doc = write(mapper.writerFor(FeedbackReport.class), generate(1, new Random(1)).get(0).withoutText());
        long start = System.nanoTime();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            // a year of 1,000,000 records generated in the database; the summary reads no document
            s.execute("INSERT INTO hm_feedback (feedback_id, team_id, recorder_id, customer_id, sector_id, role, "
                    + "agreement, kind, reason, channel, received, due_date, responded_on, stage, anonymised, report) "
                    + "SELECT 'B-' || g, 'T-' || (1 + g % 5), 'S-' || (1 + g % 41), NULL, "
                    + "(ARRAY['SIVI','SOTE','TILA','KEHA','MAYM','VAPA'])[1 + g % 6], "
                    + "(ARRAY['EMPLOYEE','SUPERVISOR','EXECUTIVE'])[1 + g % 3], 'KVTES', "
                    + "(ARRAY[" + quoted(FeedbackKind.values()) + "])[1 + g % " + FeedbackKind.values().length + "], "
                    + "(ARRAY[" + quoted(FeedbackReason.values()) + "])[1 + (g / 7) % "
                    + FeedbackReason.values().length + "], "
                    + "(ARRAY[" + quoted(FeedbackChannel.values()) + "])[1 + g % " + FeedbackChannel.values().length
                    + "], DATE '2027-01-01' + (g % 365), DATE '2027-01-01' + (g % 365) + 7, "
                    + "CASE WHEN g % 10 < 8 THEN DATE '2027-01-01' + (g % 365) + (g % 15) END, "
                    + "CASE WHEN g % 10 < 8 THEN 'RESPONDED' ELSE 'RECEIVED' END, FALSE, '" + doc.replace("'", "''")
                    + "'::jsonb FROM generate_series(1, " + SUMMARY_RECORDS + ") g");
            // the steady state of a table that autovacuum has visited (PostgreSQL 13+ vacuums after inserts
            // too): its visibility map lets the summary read the covering index (V8) without the rows
            s.execute("VACUUM ANALYZE hm_feedback");
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        ReportingPeriod year = new ReportingPeriod.Year(2027);
        List<Dimension> breakdown = List.of(Dimension.MONTH, Dimension.TEAM, Dimension.REASON);
        LocalDate asOf = LocalDate.of(2028, 1, 31);
        FeedbackSummary result = null;
        for (int i = 0; i < 3; i++) {
            result = stores.summariseFeedback(CALENDAR, year, breakdown, asOf);
        }
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            result = stores.summariseFeedback(CALENDAR, year, breakdown, asOf);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        clear(pool);
        return String.format(Locale.ROOT, "| POSTGRESQL | summary of %,d records, year by month × team × reason "
                        + "(%d rows, total %,d) | median %.0f ms, best %.0f ms of %d | (loaded in %.1f s) | target < 500 ms |",
                SUMMARY_RECORDS, result.rows().size(), result.total().count(), times[times.length / 2] / 1e6,
                times[0] / 1e6, times.length, loadSeconds);
    }

    private static String quoted(Enum<?>[] values) {
        return String.join(",", Arrays.stream(values).map(v -> "'" + v.name() + "'").toList());
    }

    private static String outbox(Db db, JdbcStores stores) throws Exception {
        ReminderOutbox outbox = stores.reminderOutbox();
        Instant now = Instant.parse("2027-03-02T08:00:00Z");
        long addStart = System.nanoTime();
        stores.inTransaction(() -> {
            for (int i = 0; i < REMINDERS; i++) {
                outbox.addIfAbsent(ReminderSamples.planAction(i, now.minusSeconds(i)));
            }
            return null;
        });
        double addSeconds = (System.nanoTime() - addStart) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<ReminderKey>>> results = new ArrayList<>();
        for (int d = 0; d < DISPATCHERS; d++) {
            String id = "dispatcher-" + d;
            Callable<List<ReminderKey>> worker = () -> {
                go.await();
                List<ReminderKey> mine = new ArrayList<>();
                List<OutboxEntry> batch;
                while (!(batch = outbox.claimDue(id, now, Duration.ofHours(1), 100)).isEmpty()) {
                    batch.forEach(e -> mine.add(e.key()));
                }
                return mine;
            };
            results.add(pool.submit(worker));
        }
        long start = System.nanoTime();
        go.countDown();
        List<ReminderKey> all = new ArrayList<>();
        int[] perDispatcher = new int[DISPATCHERS];
        for (int d = 0; d < DISPATCHERS; d++) {
            List<ReminderKey> mine = results.get(d).get();
            perDispatcher[d] = mine.size();
            all.addAll(mine);
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        Set<ReminderKey> distinct = new HashSet<>(all);
        return String.format(Locale.ROOT, "| %s | outbox: %,d reminders claimed by %d dispatchers in %.2f s "
                        + "(per dispatcher %s; added in %.1f s) | double claims: %d | unclaimed: %d |", db, REMINDERS,
                DISPATCHERS, elapsed / 1e9, Arrays.toString(perDispatcher), addSeconds, all.size() - distinct.size(),
                REMINDERS - distinct.size());
    }

    private static void clear(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM hm_feedback");
        }
    }

    /** Feedback of 2027 over 5 teams, 41 secretaries, 6 sectors; 80 % answered within 0–14 days. */
    private static List<FeedbackReport> generate(int count, Random random) {
        String[] sectors = {"SIVI", "SOTE", "TILA", "KEHA", "MAYM", "VAPA"};
        String[] agreements = {"KVTES", "OVTES", "TS", "LS", "TTES", "SOTE"};
        FeedbackKind[] kinds = FeedbackKind.values();
        FeedbackReason[] reasons = FeedbackReason.values();
        FeedbackChannel[] channels = FeedbackChannel.values();
        Role[] roles = Role.values();
        List<FeedbackReport> records = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2027, 1, 1);
        for (int n = 0; n < count; n++) {
            LocalDate received = first.plusDays(random.nextInt(365));
            FeedbackReason reason = reasons[random.nextInt(reasons.length)];
            FeedbackDetails details = new FeedbackDetails(new FeedbackId("AP-" + n),
                    new SecretaryId("S-" + (1 + random.nextInt(41))), new TeamId("T-" + (1 + random.nextInt(5))),
                    received, kinds[random.nextInt(kinds.length)], reason,
                    reason == FeedbackReason.OTHER ? Optional.of("muu syy") : Optional.empty(),
                    "Palaute: palkka maksettiin myöhässä, kiitos nopeasta korjauksesta",
                    channels[random.nextInt(channels.length)], Optional.empty(),
                    new CustomerSegment(new SectorId(sectors[random.nextInt(sectors.length)]),
                            roles[random.nextInt(roles.length)], random.nextInt(10) == 0 ? Optional.empty()
                            : Optional.of(new AgreementCode(agreements[random.nextInt(agreements.length)]))),
                    CALENDAR.plusWorkingDays(received, 5), false);
            records.add(BenchFeedback.answeredOrReceived(details, random, "Vastattu puhelimessa"));
        }
        return records;
    }
}
