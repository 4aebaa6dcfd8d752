package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DeliveryTransition;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderOutbox;

/**
 * {@link ReminderOutbox} in one table (V5), a transactional outbox: {@link #addIfAbsent} joins the
 * caller's {@code JdbcStores.inTransaction}, so a reminder is stored exactly when the change that causes
 * it commits. Dispatchers claim due rows with {@code SELECT … FOR UPDATE SKIP LOCKED} on PostgreSQL and
 * MariaDB — concurrent claimers pass each other's rows by — and on H2 one at a time behind the lock row
 * of {@code hm_reminder_claim_lock}. Every state change is the core's {@link DeliveryState} transition,
 * applied to the row read under its lock. Claims and state changes run at READ COMMITTED when they are
 * transactions of their own ({@link Jdbc#inReadCommittedTransaction}): the row locks are what keeps
 * dispatchers apart, and at REPEATABLE READ or SERIALIZABLE concurrent dispatchers would abort each other
 * (PostgreSQL reports a row claimed after the claim's snapshot as a serialization failure).
 */
final class JdbcReminderOutbox implements ReminderOutbox {

    static final int MAX_KEY_LENGTH = 600;

    private static final String COLUMNS = "SELECT id, reminder_key, status, due_at, claimable_at, dispatcher, "
            + "attempts, last_error, state_at, reminder FROM hm_reminder_outbox ";
    private static final String SET_STATE = "UPDATE hm_reminder_outbox SET status = ?, claimable_at = ?, "
            + "dispatcher = ?, attempts = ?, last_error = ?, state_at = ? WHERE id = ?";

    private final Jdbc jdbc;
    private final JsonColumns json;

    JdbcReminderOutbox(Jdbc jdbc, JsonColumns json) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.json = Objects.requireNonNull(json, "json must not be null");
    }

    @Override
    public boolean addIfAbsent(Reminder reminder) {
        Objects.requireNonNull(reminder, "reminder must not be null");
        String key = keyText(reminder.key());
        String document = json.write(reminder, Reminder.class, "reminder " + key);
        return jdbc.inTransaction("add reminder " + key, connection -> {
            if (find(connection, key, false).isPresent()) {
                return false;
            }
            // a savepoint keeps the caller's transaction usable on PostgreSQL if a concurrent add won
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO hm_reminder_outbox "
                    + "(reminder_key, due_at, reminder, status, claimable_at, dispatcher, attempts, last_error, "
                    + "state_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, key);
                Rows.setInstant(statement, 2, reminder.dueAt());
                json.bindWritten(statement, 3, document);
                bindState(statement, 4, DeliveryState.initial(reminder.dueAt()));
                statement.executeUpdate();
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    connection.rollback(savepoint);
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<OutboxEntry> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
        Objects.requireNonNull(dispatcher, "dispatcher must not be null");
        Rows.checkId("dispatcher", dispatcher);
        Objects.requireNonNull(now, "now must not be null");
        Objects.requireNonNull(lease, "lease must not be null");
        checkArgument(limit >= 1, "limit must be positive");
        checkArgument(!lease.isNegative() && !lease.isZero(), "lease must be positive");
        Vendor vendor = jdbc.vendor();
        return jdbc.inReadCommittedTransaction("claim due reminders", connection -> {
            if (vendor == Vendor.H2) {
                lockClaims(connection);
            }
            List<Row> candidates = Rows.list(connection, COLUMNS
                            + "WHERE status IN ('PENDING', 'CLAIMED') AND claimable_at <= ? AND due_at <= ? "
                            + "ORDER BY due_at, reminder_key LIMIT ?"
                            + (vendor == Vendor.H2 ? "" : " FOR UPDATE SKIP LOCKED"),
                    s -> {
                        Rows.setInstant(s, 1, now);
                        Rows.setInstant(s, 2, now);
                        s.setInt(3, limit);
                    }, this::row);
            List<OutboxEntry> claimed = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(SET_STATE)) {
                for (Row row : candidates) {
                    if (row.entry().state().claim(dispatcher, now, lease) instanceof DeliveryTransition.Moved moved) {
                        bindState(update, 1, moved.next());
                        update.setLong(7, row.id());
                        update.addBatch();
                        claimed.add(row.entry().withState(moved.next()));
                    }
                }
                if (!claimed.isEmpty()) {
                    update.executeBatch();
                }
            }
            return List.copyOf(claimed);
        });
    }

    @Override
    public boolean markSent(ReminderKey key, String dispatcher, Instant at) {
        return apply(key, "mark sent", state -> state.sent(dispatcher, at));
    }

    @Override
    public boolean markFailed(ReminderKey key, String dispatcher, String reason, Instant at) {
        StorableText.check("the reason reminder " + key + " failed", Objects.requireNonNull(reason,
                "reason must not be null"));
        return apply(key, "mark failed", state -> state.failed(dispatcher, reason, at));
    }

    @Override
    public boolean scheduleRetry(ReminderKey key, String dispatcher, String reason, Instant notBefore) {
        StorableText.check("the reason reminder " + key + " is retried", Objects.requireNonNull(reason,
                "reason must not be null"));
        return apply(key, "schedule a retry of", state -> state.retry(dispatcher, reason, notBefore));
    }

    @Override
    public Optional<OutboxEntry> find(ReminderKey key) {
        Objects.requireNonNull(key, "key must not be null");
        return jdbc.inTransaction("find reminder " + key, connection ->
                find(connection, key.asText(), false).map(Row::entry));
    }

    @Override
    public List<OutboxEntry> withStatus(DeliveryStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        return jdbc.inTransaction("list " + status + " reminders", connection -> Rows.list(connection,
                        COLUMNS + "WHERE status = ? ORDER BY due_at, reminder_key", s -> s.setString(1, status.name()),
                        this::row).stream()
                .map(Row::entry)
                .toList());
    }

    private boolean apply(ReminderKey key, String what, Function<DeliveryState, DeliveryTransition> transition) {
        Objects.requireNonNull(key, "key must not be null");
        return jdbc.inReadCommittedTransaction(what + " reminder " + key, connection -> {
            Optional<Row> row = find(connection, key.asText(), true);
            if (row.isEmpty()) {
                return false;
            }
            if (!(transition.apply(row.get().entry().state()) instanceof DeliveryTransition.Moved moved)) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(SET_STATE)) {
                bindState(update, 1, moved.next());
                update.setLong(7, row.get().id());
                update.executeUpdate();
            }
            return true;
        });
    }

    private static void lockClaims(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM hm_reminder_claim_lock WHERE id = 1 FOR UPDATE");
             ResultSet ignored = statement.executeQuery()) {
            // holding the row until commit is the point
        }
    }

    private Optional<Row> find(Connection connection, String key, boolean forUpdate) throws SQLException {
        return Rows.first(connection, COLUMNS + "WHERE reminder_key = ?" + (forUpdate ? " FOR UPDATE" : ""),
                s -> s.setString(1, key), this::row);
    }

    private static String keyText(ReminderKey key) {
        String text = key.asText();
        checkArgument(text.length() <= MAX_KEY_LENGTH, "reminder key longer than %s characters cannot be stored: %s",
                MAX_KEY_LENGTH, text);
        StorableText.checkCharacters("reminder key " + text, text);
        return text;
    }

    /** Binds status, claimable_at, dispatcher, attempts, last_error and state_at from {@code first} on. */
    private static void bindState(PreparedStatement statement, int first, DeliveryState state) throws SQLException {
        Optional<Instant> claimableAt = Optional.empty();
        Optional<String> dispatcher = Optional.empty();
        Optional<String> error = Optional.empty();
        Optional<Instant> at = Optional.empty();
        if (state instanceof DeliveryState.Pending pending) {
            claimableAt = Optional.of(pending.notBefore());
            error = pending.lastError();
        } else if (state instanceof DeliveryState.Claimed claimed) {
            claimableAt = Optional.of(claimed.leaseUntil());
            dispatcher = Optional.of(claimed.dispatcher());
        } else if (state instanceof DeliveryState.Sent sent) {
            at = Optional.of(sent.at());
        } else if (state instanceof DeliveryState.Failed failed) {
            at = Optional.of(failed.at());
            error = Optional.of(failed.reason());
        }
        statement.setString(first, state.status().name());
        Rows.setOptionalInstant(statement, first + 1, claimableAt);
        Rows.setOptional(statement, first + 2, dispatcher);
        statement.setInt(first + 3, state.attempts());
        if (error.isPresent()) {
            statement.setString(first + 4, error.get());
        } else {
            statement.setNull(first + 4, Types.VARCHAR);
        }
        Rows.setOptionalInstant(statement, first + 5, at);
    }

    private Row row(ResultSet row) throws SQLException {
        Reminder reminder = json.read(row, "reminder", Reminder.class);
        int attempts = row.getInt("attempts");
        DeliveryState state = switch (DeliveryStatus.valueOf(row.getString("status"))) {
            case PENDING -> new DeliveryState.Pending(attempts, Rows.instant(row, "claimable_at"),
                    Optional.ofNullable(row.getString("last_error")));
            case CLAIMED -> new DeliveryState.Claimed(row.getString("dispatcher"), Rows.instant(row, "claimable_at"),
                    attempts);
            case SENT -> new DeliveryState.Sent(Rows.instant(row, "state_at"), attempts);
            case FAILED -> new DeliveryState.Failed(Rows.instant(row, "state_at"), row.getString("last_error"),
                    attempts);
        };
        return new Row(row.getLong("id"), new OutboxEntry(reminder, state));
    }

    /** An outbox row: its surrogate id (for the updates) and the entry. */
    private record Row(long id, OutboxEntry entry) {
    }
}
