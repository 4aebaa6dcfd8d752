package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import fi.hoitomalli.clock.ActivityKey;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityRecord;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.Occurrence;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.meeting.Participant;

/**
 * {@link ClockActivities} in one relational table (V9), one row per activity with the occurrence as
 * planned, the latest mark and the version. Planning reads the keys the scope already has in the clock's
 * days and batch-inserts the rest; a key inserted meanwhile by a concurrent plan is a unique violation,
 * rolled back to a savepoint and reported as {@link ConcurrentUpdateException}. A mark locks the row,
 * compares its version and moves it by one. Lists are selected on the (scope, day) and (scope, status,
 * day) indexes and ordered in Java, so that template ids order as the port says whatever the collation.
 */
final class JdbcClockActivities implements ClockActivities {

    private static final String COLUMNS = "SELECT scope_kind, scope_id, template_id, activity_date, start_time, "
            + "duration_seconds, people, status, marked_by, marked_at, note, version FROM hm_clock_activity ";
    private static final String SCOPE = "scope_kind = ? AND scope_id = ?";
    private static final String KEY = SCOPE + " AND template_id = ? AND activity_date = ?";
    private static final String INSERT = "INSERT INTO hm_clock_activity (scope_kind, scope_id, template_id, "
            + "activity_date, start_time, duration_seconds, people, status, marked_by, marked_at, note, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, 1)";
    private static final String MARK = "UPDATE hm_clock_activity SET status = ?, marked_by = ?, marked_at = ?, "
            + "note = ?, version = version + 1 WHERE " + KEY + " AND version = ?";

    private final Jdbc jdbc;
    private final int batchSize;

    JdbcClockActivities(Jdbc jdbc, int batchSize) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        checkArgument(batchSize > 0, "batch size must be positive: %s", batchSize);
        this.batchSize = batchSize;
    }

    @Override
    public List<ClockActivity> plan(ClockScope scope, AnnualClock clock) {
        List<ClockActivity> planned = ClockActivity.plannedFrom(scope, clock);
        Rows.checkId("scope", scope.id());
        for (ClockActivity activity : planned) {
            Rows.checkId("template", activity.occurrence().template().value());
            StorableText.check("the participants of clock activity " + activity.key().describe(), people(activity));
        }
        if (planned.isEmpty()) {
            return List.of();
        }
        String subject = "the clock activities of " + scope.describe() + " in " + clock.year();
        return jdbc.inTransaction("plan " + subject, subject, 0, connection -> {
            Set<ActivityKey> stored = keys(connection, scope, clock.year());
            List<ClockActivity> added = planned.stream().filter(a -> !stored.contains(a.key()))
                    .sorted(ClockActivity.ORDER).toList();
            insert(connection, added, subject);
            return added;
        });
    }

    private Set<ActivityKey> keys(Connection connection, ClockScope scope, Year year) throws SQLException {
        return new HashSet<>(Rows.list(connection, "SELECT template_id, activity_date FROM hm_clock_activity WHERE "
                        + SCOPE + " AND activity_date BETWEEN ? AND ?", s -> bindYear(s, scope, year),
                row -> new ActivityKey(scope, new TemplateId(row.getString("template_id")),
                        row.getObject("activity_date", LocalDate.class))));
    }

    /** Inserts in the port's order, so that concurrent plans of one clock meet their keys in the same order. */
    private void insert(Connection connection, List<ClockActivity> added, String subject) throws SQLException {
        // a savepoint keeps the caller's transaction usable on PostgreSQL after the duplicate key
        Savepoint savepoint = connection.setSavepoint();
        try (Batch batch = new Batch(connection, INSERT, batchSize)) {
            for (ClockActivity activity : added) {
                bindNew(batch.statement(), activity);
                batch.add();
            }
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                connection.rollback(savepoint);
                throw new ConcurrentUpdateException(subject, 0);
            }
            throw e;
        }
        connection.releaseSavepoint(savepoint);
    }

    @Override
    public ClockActivity mark(ActivityKey key, long expectedVersion, ActivityMark mark) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(mark, "mark must not be null");
        String subject = "clock activity " + key.describe();
        if (!storable(key)) {
            throw new IllegalArgumentException("no " + subject + " is stored");
        }
        StorableText.check("the marker of " + subject, mark.by());
        mark.note().ifPresent(note -> StorableText.check("the note of " + subject, note));
        return jdbc.inTransaction("mark " + subject, subject, expectedVersion, connection -> {
            ClockActivity stored = find(connection, key, true).orElseThrow(
                    () -> new IllegalArgumentException("no " + subject + " is stored"));
            if (stored.version() != expectedVersion) {
                throw new ConcurrentUpdateException(subject, expectedVersion);
            }
            OptimisticLock.update(connection, MARK, s -> {
                s.setString(1, mark.status().name());
                s.setString(2, mark.by());
                Rows.setInstant(s, 3, mark.at());
                Rows.setOptional(s, 4, mark.note());
                bindKey(s, 4, key);
                return 8;
            }, subject, expectedVersion);
            return stored.marked(mark);
        });
    }

    @Override
    public Optional<ClockActivity> find(ActivityKey key) {
        Objects.requireNonNull(key, "key must not be null");
        if (!storable(key)) {
            return Optional.empty();
        }
        return jdbc.inTransaction("find clock activity " + key.describe(), connection -> find(connection, key, false));
    }

    @Override
    public List<ClockActivity> ofYear(ClockScope scope, Year year) {
        Objects.requireNonNull(year, "year must not be null");
        return between(scope, year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    @Override
    public List<ClockActivity> between(ClockScope scope, LocalDate from, LocalDate to) {
        checkRange(scope, from, to);
        return select("list the clock activities of " + scope.describe() + " from " + from + " to " + to,
                "WHERE " + SCOPE + " AND activity_date BETWEEN ? AND ?", s -> {
                    bindScope(s, scope);
                    s.setObject(3, from);
                    s.setObject(4, to);
                });
    }

    @Override
    public List<ClockActivity> inStatus(ClockScope scope, ActivityStatus status, LocalDate from, LocalDate to) {
        Objects.requireNonNull(status, "status must not be null");
        checkRange(scope, from, to);
        return select("list the " + status + " clock activities of " + scope.describe() + " from " + from + " to "
                + to, "WHERE " + SCOPE + " AND status = ? AND activity_date BETWEEN ? AND ?", s -> {
                    bindScope(s, scope);
                    s.setString(3, status.name());
                    s.setObject(4, from);
                    s.setObject(5, to);
                });
    }

    @Override
    public List<ClockScope> scopes(Year year) {
        Objects.requireNonNull(year, "year must not be null");
        return jdbc.inTransaction("list the clocks of " + year, connection -> Rows.list(connection,
                        "SELECT DISTINCT scope_kind, scope_id FROM hm_clock_activity WHERE activity_date BETWEEN ? AND ?",
                        s -> {
                            s.setObject(1, year.atDay(1));
                            s.setObject(2, year.atMonth(12).atEndOfMonth());
                        }, JdbcClockActivities::scope).stream()
                .sorted(ClockScope.ORDER)
                .toList());
    }

    /** Only what the compliance check needs: the day index and three columns, no mark or people. */
    @Override
    public List<ActivityRecord> records(ClockScope scope, Year year) {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(year, "year must not be null");
        return jdbc.inTransaction("read the clock records of " + scope.describe() + " in " + year,
                connection -> Rows.list(connection, "SELECT template_id, activity_date, start_time, status "
                                + "FROM hm_clock_activity WHERE " + SCOPE + " AND activity_date BETWEEN ? AND ?",
                        s -> bindYear(s, scope, year), row -> new Ordered(row.getObject("start_time", LocalTime.class),
                                new ActivityRecord(new TemplateId(row.getString("template_id")),
                                        row.getObject("activity_date", LocalDate.class), status(row))))
                        .stream()
                        .sorted(Ordered.ORDER)
                        .map(Ordered::record)
                        .toList());
    }

    /** A record with the start it is ordered by, in the order of {@link ClockActivity#ORDER} within a scope. */
    private record Ordered(LocalTime start, ActivityRecord record) {
        static final Comparator<Ordered> ORDER = Comparator.comparing((Ordered o) -> o.record().date())
                .thenComparing(Ordered::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(o -> o.record().template().value());
    }

    private List<ClockActivity> select(String what, String where, Rows.Binder binder) {
        return jdbc.inTransaction(what, connection -> Rows.list(connection,
                        COLUMNS + where + " ORDER BY activity_date, template_id", binder, JdbcClockActivities::activity)
                .stream()
                .sorted(ClockActivity.ORDER)
                .toList());
    }

    private static Optional<ClockActivity> find(Connection connection, ActivityKey key, boolean forUpdate)
            throws SQLException {
        return Rows.first(connection, COLUMNS + "WHERE " + KEY + (forUpdate ? " FOR UPDATE" : ""),
                s -> bindKey(s, 0, key), JdbcClockActivities::activity);
    }

    /** Whether the key's ids fit the id columns; a longer one cannot have been stored. */
    private static boolean storable(ActivityKey key) {
        return key.scope().id().length() <= Rows.MAX_ID_LENGTH && key.template().value().length() <= Rows.MAX_ID_LENGTH;
    }

    private static void checkRange(ClockScope scope, LocalDate from, LocalDate to) {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        checkArgument(!to.isBefore(from), "the range ends (%s) before it starts (%s)", to, from);
    }

    private static void bindScope(PreparedStatement statement, ClockScope scope) throws SQLException {
        statement.setString(1, scope.kind().name());
        statement.setString(2, scope.id());
    }

    private static void bindYear(PreparedStatement statement, ClockScope scope, Year year) throws SQLException {
        bindScope(statement, scope);
        statement.setObject(3, year.atDay(1));
        statement.setObject(4, year.atMonth(12).atEndOfMonth());
    }

    /** Binds the key as the four parameters after {@code offset}. */
    private static void bindKey(PreparedStatement statement, int offset, ActivityKey key) throws SQLException {
        statement.setString(offset + 1, key.scope().kind().name());
        statement.setString(offset + 2, key.scope().id());
        statement.setString(offset + 3, key.template().value());
        statement.setObject(offset + 4, key.date());
    }

    private static void bindNew(PreparedStatement statement, ClockActivity activity) throws SQLException {
        Occurrence occurrence = activity.occurrence();
        bindKey(statement, 0, activity.key());
        if (occurrence.start().isPresent()) {
            statement.setObject(5, occurrence.start().get());
        } else {
            statement.setNull(5, Types.TIME);
        }
        statement.setInt(6, Math.toIntExact(occurrence.duration().getSeconds()));
        statement.setString(7, people(activity));
        statement.setString(8, activity.status().name());
    }

    /** The booked participants as the {@code people} column holds them: separated by single spaces. */
    private static String people(ClockActivity activity) {
        return activity.occurrence().people().stream().map(Participant::value).collect(Collectors.joining(" "));
    }

    private static ClockScope scope(ResultSet row) throws SQLException {
        String kind = row.getString("scope_kind");
        try {
            return ClockScope.of(ClockScope.Kind.valueOf(kind), row.getString("scope_id"));
        } catch (IllegalArgumentException e) {
            throw new StorageException("a stored clock activity has an unknown scope '" + kind + "/"
                    + row.getString("scope_id") + "'", e);
        }
    }

    private static ActivityStatus status(ResultSet row) throws SQLException {
        String status = row.getString("status");
        try {
            return ActivityStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new StorageException("a stored clock activity has an unknown status '" + status + "'", e);
        }
    }

    private static ClockActivity activity(ResultSet row) throws SQLException {
        String people = row.getString("people");
        Set<Participant> booked = people.isEmpty() ? Set.of() : Arrays.stream(people.split(" "))
                .map(Participant::new).collect(Collectors.toCollection(LinkedHashSet::new));
        Occurrence occurrence = new Occurrence(new TemplateId(row.getString("template_id")),
                row.getObject("activity_date", LocalDate.class),
                Optional.ofNullable(row.getObject("start_time", LocalTime.class)),
                Duration.ofSeconds(row.getInt("duration_seconds")), booked);
        String by = row.getString("marked_by");
        Optional<ActivityMark> mark = by == null ? Optional.empty() : Optional.of(new ActivityMark(status(row), by,
                Rows.instant(row, "marked_at"), Optional.ofNullable(row.getString("note"))));
        return new ClockActivity(scope(row), occurrence, mark, row.getLong("version"));
    }
}
