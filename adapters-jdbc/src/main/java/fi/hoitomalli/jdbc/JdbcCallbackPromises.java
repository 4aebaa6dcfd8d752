package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTerms;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * {@link CallbackPromises} in one table (V4), one row per promise in its current state. The overdue
 * lists are selected in SQL on the (holder or team, state, due) indexes: broken, or open and due before
 * now. An update locks the row, compares it with the state the caller saw and replaces it.
 */
final class JdbcCallbackPromises implements CallbackPromises {

    private static final String OPEN = "OPEN";
    private static final String KEPT = "KEPT";
    private static final String BROKEN = "BROKEN";
    private static final String COLUMNS = "SELECT promise_id, state, inquiry_id, customer_id, team_id, owner_id, "
            + "holder_id, made_at, due_at, kept_at, broken_at FROM hm_callback_promise ";
    private static final String OVERDUE = "(state = 'BROKEN' OR (state = 'OPEN' AND due_at < ?))";
    private static final Comparator<CallbackPromise> BY_DUE =
            Comparator.comparing((CallbackPromise p) -> p.terms().due()).thenComparing(p -> p.id().value());

    private final Jdbc jdbc;

    JdbcCallbackPromises(Jdbc jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    }

    @Override
    public void add(CallbackPromise promise) {
        Objects.requireNonNull(promise, "promise must not be null");
        checkIds(promise.terms());
        jdbc.inTransaction("add call-back promise " + promise.id(), connection -> {
            if (find(connection, promise.id(), false).isPresent()) {
                throw new DuplicateRecordException("call-back promise", promise.id().value());
            }
            // a savepoint keeps the enclosing transaction usable on PostgreSQL after the duplicate key
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO hm_callback_promise "
                    + "(state, inquiry_id, customer_id, team_id, owner_id, holder_id, made_at, due_at, kept_at, "
                    + "broken_at, promise_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(statement, promise);
                statement.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    connection.rollback(savepoint);
                    throw new DuplicateRecordException("call-back promise", promise.id().value());
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void update(CallbackPromise current, CallbackPromise next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        checkArgument(current.id().equals(next.id()), "cannot replace promise %s by %s", current.id(), next.id());
        checkIds(next.terms());
        String subject = "call-back promise " + current.id();
        jdbc.inTransaction("update " + subject, subject, 0, connection -> {
            CallbackPromise stored = find(connection, current.id(), true).orElseThrow(
                    () -> new IllegalArgumentException("no promise " + current.id() + " is stored"));
            if (!stored.equals(current)) {
                throw new ConcurrentUpdateException(subject, 0);
            }
            try (PreparedStatement statement = connection.prepareStatement("UPDATE hm_callback_promise SET "
                    + "state = ?, inquiry_id = ?, customer_id = ?, team_id = ?, owner_id = ?, holder_id = ?, "
                    + "made_at = ?, due_at = ?, kept_at = ?, broken_at = ? WHERE promise_id = ?")) {
                bind(statement, next);
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<CallbackPromise> find(PromiseId id) {
        Objects.requireNonNull(id, "id must not be null");
        return jdbc.inTransaction("find call-back promise " + id, connection -> find(connection, id, false));
    }

    @Override
    public List<CallbackPromise> unkeptHeldBy(SecretaryId holder) {
        Objects.requireNonNull(holder, "holder must not be null");
        return select("list the unkept promises of " + holder, "WHERE holder_id = ? AND state IN ('OPEN', 'BROKEN')",
                s -> s.setString(1, holder.value()));
    }

    @Override
    public List<CallbackPromise> overdueHeldBy(SecretaryId holder, Instant now) {
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(now, "now must not be null");
        return select("list the overdue promises of " + holder, "WHERE holder_id = ? AND " + OVERDUE, s -> {
            s.setString(1, holder.value());
            Rows.setInstant(s, 2, now);
        });
    }

    @Override
    public List<CallbackPromise> overdueInTeam(TeamId team, Instant now) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(now, "now must not be null");
        return select("list the overdue promises of team " + team, "WHERE team_id = ? AND " + OVERDUE, s -> {
            s.setString(1, team.value());
            Rows.setInstant(s, 2, now);
        });
    }

    private List<CallbackPromise> select(String what, String where, Rows.Binder binder) {
        return jdbc.inTransaction(what, connection -> Rows.list(connection,
                        COLUMNS + where + " ORDER BY due_at, promise_id", binder, JdbcCallbackPromises::promise)
                .stream()
                // ties on the due instant: the port orders ids as Java Strings, whatever the collation
                .sorted(BY_DUE)
                .toList());
    }

    private static Optional<CallbackPromise> find(Connection connection, PromiseId id, boolean forUpdate)
            throws SQLException {
        return Rows.first(connection, COLUMNS + "WHERE promise_id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                s -> s.setString(1, id.value()), JdbcCallbackPromises::promise);
    }

    private static void checkIds(PromiseTerms terms) {
        Rows.checkId("promise", terms.id().value());
        Rows.checkId("inquiry", terms.inquiry().value());
        terms.customer().ifPresent(c -> Rows.checkId("customer", c.value()));
        Rows.checkId("team", terms.team().value());
        Rows.checkId("secretary", terms.owner().value());
        Rows.checkId("secretary", terms.holder().value());
    }

    /** Binds every column; the promise id is the last parameter (INSERT and UPDATE … WHERE alike). */
    private static void bind(PreparedStatement statement, CallbackPromise promise) throws SQLException {
        PromiseTerms terms = promise.terms();
        statement.setString(1, state(promise));
        statement.setString(2, terms.inquiry().value());
        Rows.setOptional(statement, 3, terms.customer().map(CustomerId::value));
        statement.setString(4, terms.team().value());
        statement.setString(5, terms.owner().value());
        statement.setString(6, terms.holder().value());
        Rows.setInstant(statement, 7, terms.madeAt());
        Rows.setInstant(statement, 8, terms.due());
        Rows.setOptionalInstant(statement, 9, promise instanceof CallbackPromise.Kept kept
                ? Optional.of(kept.keptAt()) : Optional.empty());
        Rows.setOptionalInstant(statement, 10, promise instanceof CallbackPromise.Broken broken
                ? Optional.of(broken.brokenAt()) : Optional.empty());
        statement.setString(11, terms.id().value());
    }

    private static String state(CallbackPromise promise) {
        if (promise instanceof CallbackPromise.Kept) {
            return KEPT;
        }
        return promise instanceof CallbackPromise.Broken ? BROKEN : OPEN;
    }

    private static CallbackPromise promise(ResultSet row) throws SQLException {
        PromiseTerms terms = new PromiseTerms(new PromiseId(row.getString("promise_id")),
                new InquiryId(row.getString("inquiry_id")),
                Optional.ofNullable(row.getString("customer_id")).map(CustomerId::new),
                new TeamId(row.getString("team_id")), new SecretaryId(row.getString("owner_id")),
                new SecretaryId(row.getString("holder_id")), Rows.instant(row, "made_at"), Rows.instant(row, "due_at"));
        return switch (row.getString("state")) {
            case OPEN -> new CallbackPromise.Open(terms);
            case KEPT -> new CallbackPromise.Kept(terms, Rows.instant(row, "kept_at"));
            case BROKEN -> new CallbackPromise.Broken(terms, Rows.instant(row, "broken_at"));
            default -> throw new StorageException("stored call-back promise " + terms.id() + " has an unknown state '"
                    + row.getString("state") + "'");
        };
    }
}
