package fi.hoitomalli.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.CareModelAccessPolicy;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.benchmarks.BenchDatabases.Db;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.CustomerPot;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * Benchmark of AX-1 in SQL (the access policy applied in the queries): a secretary's queries over
 * 100,000 feedback records ({@code HOITOMALLI_BENCH_RECORDS} for another number) of the Vantaa reference city (41 secretaries, 11,416 customers), read through
 * {@code JdbcStores.feedbackReports} with the care model's policy twice — "before", the policy with only
 * its decisions (read scope {@code Unknown}: every candidate row the query's own conditions match is
 * fetched and decided in Java, as before read scopes existed), and "after", the policy itself (its read
 * scope narrows the SQL). Both answer the same records; the runs alternate, in the same process, so
 * the ratio is fair on a busy machine even when the absolute times are not.
 * <p>
 * Per database (H2 in memory; PostgreSQL and MariaDB at {@code HOITOMALLI_TEST_POSTGRES_URL} /
 * {@code HOITOMALLI_TEST_MARIADB_URL}, defaulting to the local servers; {@code HOITOMALLI_BENCH_DBS}
 * picks, e.g. {@code H2,POSTGRESQL}) in a schema dropped afterwards. With
 * {@code HOITOMALLI_BENCH_WITHOUT_V10=true} the run is repeated after dropping the feedback table's
 * recorder and customer indexes (migration V10), to show what they are for; with
 * {@code HOITOMALLI_BENCH_KEEP=true} the PostgreSQL schema or MariaDB database is kept for {@code EXPLAIN}.
 * Run: {@code ./mvnw -q -Pbench -pl benchmarks -am package -Dbench=AccessScopeBenchmark}.
 */
public final class AccessScopeBenchmark {

    /** How many feedback records; {@code HOITOMALLI_BENCH_RECORDS} overrides. */
    private static final int RECORDS = Integer.parseInt(BenchDatabases.env("HOITOMALLI_BENCH_RECORDS", "100000"));
    private static final int WARMUP = 5;
    private static final int RUNS = 15;
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);
    private static final DateRange YEAR = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    private AccessScopeBenchmark() {
    }

    /** A secretary's query, the same for both policies. */
    /**
     * A secretary's query, the same for both policies, and which records its own conditions match (the
     * candidate rows read without a read scope).
     */
    private record Query(String name, BiFunction<FeedbackReports, Actor, List<FeedbackReport>> run,
                         Predicate<FeedbackReport> matches) {
    }

    /** Runs the queries on every database asked for that is reachable. */
    public static void main(String[] args) throws Exception {
        ReferenceCity city = VantaaReference.city();
        Clock clock = Clock.fixed(LocalDate.of(2027, 11, 15).atTime(10, 0).atZone(HELSINKI).toInstant(), HELSINKI);
        AccessPolicy care = new CareModelAccessPolicy(city.serviceCentre(), city.potAssignment(), city.customerBase(),
                Absences.none(), CALENDAR, clock);
        AccessPolicy decisionsOnly = care::decide;
        ServiceTeam team = city.serviceCentre().teams().get(0);
        SecretaryId secretary = team.members().get(0);
        Actor actor = new Actor.Secretary(secretary);
        ReadScope scope = care.readScope(actor, RecordKind.FEEDBACK);
        List<FeedbackReport> records = generate(city, new Random(20270101L));
        boolean withoutV10 = Boolean.parseBoolean(System.getenv("HOITOMALLI_BENCH_WITHOUT_V10"));
        boolean keep = Boolean.parseBoolean(System.getenv("HOITOMALLI_BENCH_KEEP"));
        List<Query> queries = List.of(
                new Query("inStage(RECEIVED)", (store, a) -> store.inStage(a, FeedbackStage.RECEIVED),
                        r -> r.stage() == FeedbackStage.RECEIVED),
                new Query("byTeam(own team, 2027)", (store, a) -> store.byTeam(a, team.id(), YEAR),
                        r -> r.details().team().equals(team.id()) && YEAR.contains(r.details().received())),
                new Query("overdue(31.12.2027)", (store, a) -> store.overdue(a, AS_OF),
                        r -> r.response().isEmpty() && r.details().dueDate().isBefore(AS_OF)));
        System.out.printf(Locale.ROOT, "secretary %s of team %s; read scope: %s recorders, %d customers%n", secretary,
                team.id(), scope instanceof ReadScope.AnyOf any ? any.recorders().size() : 0,
                scope instanceof ReadScope.AnyOf any ? any.customers().size() : 0);
        List<String> table = new ArrayList<>();
        for (Db db : databases()) {
            String schema = BenchDatabases.newSchema();
            Optional<HikariDataSource> opened = BenchDatabases.openOrSkip(db, schema, 2);
            if (opened.isEmpty()) {
                continue;
            }
            HikariDataSource pool = opened.get();
            try {
                JdbcStores stores = JdbcStores.builder(pool, SchemaMode.MIGRATE).batchSize(1_000).build();
                stores.importFeedback(records);
                analyse(db, pool);
                table.addAll(measure(db, "", stores, care, decisionsOnly, actor, queries, records));
                if (withoutV10) {
                    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                        for (String index : List.of("hm_feedback_recorder", "hm_feedback_customer")) {
                            s.execute(db == Db.MARIADB ? "DROP INDEX " + index + " ON hm_feedback" : "DROP INDEX " + index);
                        }
                    }
                    analyse(db, pool);
                    table.addAll(measure(db, " without V10", stores, care, decisionsOnly, actor, queries,
                            records));
                }
            } finally {
                pool.close();
                if (keep && db != Db.H2) {
                    System.out.println(db + ": kept schema " + schema + " for inspection");
                } else {
                    BenchDatabases.drop(db, schema);
                }
            }
        }
        System.out.println();
        System.out.println("| database | query | candidate rows before → after (= records returned) | before: "
                + "scope Unknown (median, best) | after: read scope in SQL (median, best) | before / after |");
        System.out.println("|---|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    private static List<String> measure(Db db, String variant, JdbcStores stores, AccessPolicy care,
                                        AccessPolicy decisionsOnly, Actor actor, List<Query> queries,
                                        List<FeedbackReport> records) {
        FeedbackReports before = stores.feedbackReports(decisionsOnly);
        FeedbackReports after = stores.feedbackReports(care);
        List<String> rows = new ArrayList<>();
        for (Query query : queries) {
            List<FeedbackReport> expected = query.run().apply(before, actor);
            List<FeedbackReport> got = query.run().apply(after, actor);
            if (!expected.equals(got)) {
                throw new IllegalStateException(query.name() + ": the two policies answer differently");
            }
            for (int i = 0; i < WARMUP; i++) {
                query.run().apply(before, actor);
                query.run().apply(after, actor);
            }
            long[] slow = new long[RUNS];
            long[] fast = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                slow[i] = time(() -> query.run().apply(before, actor).size());
                fast[i] = time(() -> query.run().apply(after, actor).size());
            }
            Arrays.sort(slow);
            Arrays.sort(fast);
            double medianBefore = slow[RUNS / 2] / 1e6;
            double medianAfter = fast[RUNS / 2] / 1e6;
            long candidates = records.stream().filter(query.matches()).count();
            rows.add(String.format(Locale.ROOT, "| %s%s | %s | %,d → %,d | %.1f ms, %.1f ms | %.1f ms, %.1f ms | "
                            + "%.1f× |", db, variant, query.name(), candidates, got.size(), medianBefore, slow[0] / 1e6,
                    medianAfter, fast[0] / 1e6, medianBefore / medianAfter));
            System.out.println(rows.get(rows.size() - 1));
        }
        return rows;
    }

    private static long time(Supplier<Integer> work) {
        long start = System.nanoTime();
        if (work.get() < 0) {
            throw new IllegalStateException("unreachable");
        }
        return System.nanoTime() - start;
    }

    /**
     * Feedback of 2027 recorded by every secretary of the city about customers of the own pot (80 %),
     * about any customer (15 %) or about nobody (5 %); 80 % answered within 0–14 days.
     */
    private static List<FeedbackReport> generate(ReferenceCity city, Random random) {
        List<ServiceTeam> teams = city.serviceCentre().teams();
        List<Customer> everybody = city.customerBase().customers();
        List<SecretaryId> secretaries = new ArrayList<>();
        List<List<Customer>> pots = new ArrayList<>();
        List<ServiceTeam> teamOf = new ArrayList<>();
        for (ServiceTeam team : teams) {
            for (SecretaryId member : team.members()) {
                secretaries.add(member);
                teamOf.add(team);
                CustomerPot pot = city.potAssignment().potOf(member, city.customerBase());
                pots.add(pot.customers().isEmpty() ? everybody : pot.customers());
            }
        }
        FeedbackKind[] kinds = FeedbackKind.values();
        FeedbackReason[] reasons = FeedbackReason.values();
        FeedbackChannel[] channels = FeedbackChannel.values();
        List<FeedbackReport> records = new ArrayList<>(RECORDS);
        LocalDate first = LocalDate.of(2027, 1, 1);
        for (int n = 0; n < RECORDS; n++) {
            int s = random.nextInt(secretaries.size());
            int pick = random.nextInt(100);
            Optional<Customer> customer = pick < 80 ? Optional.of(pots.get(s).get(random.nextInt(pots.get(s).size())))
                    : pick < 95 ? Optional.of(everybody.get(random.nextInt(everybody.size()))) : Optional.empty();
            SectorId sector = customer.map(c -> city.orgStructure().sectorOf(c.unit()))
                    .orElse(teamOf.get(s).sectors().iterator().next());
            LocalDate received = first.plusDays(random.nextInt(365));
            FeedbackReason reason = reasons[random.nextInt(reasons.length)];
            FeedbackDetails details = new FeedbackDetails(new FeedbackId("AP-" + n), secretaries.get(s),
                    teamOf.get(s).id(), received, kinds[random.nextInt(kinds.length)], reason,
                    reason == FeedbackReason.OTHER ? Optional.of("muu syy") : Optional.empty(),
                    "Palaute: palkka maksettiin myöhässä, kiitos nopeasta korjauksesta",
                    channels[random.nextInt(channels.length)], customer.map(Customer::id),
                    new CustomerSegment(sector, customer.map(Customer::role).orElse(Role.EMPLOYEE),
                            customer.map(Customer::agreement)),
                    CALENDAR.plusWorkingDays(received, 5), false);
            records.add(BenchFeedback.answeredOrReceived(details, random, "Vastattu"));
        }
        return records;
    }

    private static List<Db> databases() {
        String chosen = System.getenv("HOITOMALLI_BENCH_DBS");
        if (chosen == null || chosen.isBlank()) {
            return List.of(Db.values());
        }
        return Arrays.stream(chosen.split(",")).map(String::trim).map(Db::valueOf).toList();
    }

    /** Fresh statistics, as autovacuum or an ANALYZE job would leave them after a bulk import. */
    private static void analyse(Db db, HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            switch (db) {
                case POSTGRESQL -> s.execute("VACUUM ANALYZE hm_feedback");
                case MARIADB -> s.execute("ANALYZE TABLE hm_feedback");
                case H2 -> s.execute("ANALYZE");
            }
        }
    }
}
