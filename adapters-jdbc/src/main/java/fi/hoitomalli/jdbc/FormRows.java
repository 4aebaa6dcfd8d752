package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * What the two form stores share: queries that apply the access policy (AX-1) in SQL and again before
 * any document is read, and the retention job (AX-2). A query with an actor asks the policy for the
 * actor's {@link ReadScope} and adds it to its own conditions ({@link ScopeSql}), so the database returns
 * the keys and the access columns (team, recorder, customer, sector) of the rows the actor may read, not
 * of every row the query's conditions match; an empty scope runs no query at all. The policy then still
 * decides on each of those rows (a policy that cannot describe its scope, {@link ReadScope.Unknown}, is
 * asked about every matching row, as before scopes existed); only the documents of the rows it allows are
 * read. The free text of a denied record never leaves the database.
 *
 * <p>Writes: a new record is an INSERT that refuses a taken id; an update is a compare-and-set on the
 * record's revision, which the {@code stage} and {@code anonymised} columns hold (a stored anonymised record
 * never has text: its full document is NULL), so the UPDATE's WHERE compares them and no row lock is held
 * between reading and writing.
 */
final class FormRows {

    private static final int IN_CHUNK = 500;

    /** How a store's table is named and read; {@code noun} names its records in messages. */
    record Table(String name, String idColumn, RecordKind kind, boolean hasSector, String noun) {
    }

    /** One statement of a write, returning its update count. */
    @FunctionalInterface
    interface Write {
        int run() throws SQLException;
    }

    /** Sets the parameters of one statement. */
    @FunctionalInterface
    interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** A candidate row: its id and what the access policy needs to know about it. */
    record Candidate(String id, Resource.Record resource) {
    }

    /**
     * A query's own conditions on the table, e.g. {@code team_id = ? AND received >= ?}, with their
     * parameters (strings and dates) in order.
     */
    record Query(String condition, List<Object> parameters) {
        Query {
            Objects.requireNonNull(condition, "condition must not be null");
            parameters = List.copyOf(parameters);
        }
    }

    private FormRows() {
    }

    /**
     * The documents of the rows the query selects that the actor may read as {@code as}, in the order
     * the ids were found (the stores sort them).
     */
    static <T> List<T> read(Jdbc jdbc, String what, Table table, Query query, AccessPolicy policy, Actor actor,
                            RecordKind as, Rows.Mapper<T> mapper) {
        Objects.requireNonNull(actor, "actor must not be null");
        List<ScopeSql.Condition> scope = ScopeSql.conditions(table, policy.readScope(actor, as), jdbc.vendor());
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.inTransaction(what, connection -> {
            List<String> ids = allowed(candidates(connection, table, query, scope), policy, actor, as);
            return documents(connection, table, ids, mapper);
        });
    }

    /** The candidates the query selects within the scope: one statement per scope condition. */
    static List<Candidate> candidates(Connection connection, Table table, Query query,
                                      List<ScopeSql.Condition> scope) throws SQLException {
        String select = "SELECT " + table.idColumn() + ", team_id, recorder_id, customer_id"
                + (table.hasSector() ? ", sector_id" : "") + " FROM " + table.name() + " WHERE (" + query.condition()
                + ")";
        List<Candidate> candidates = new ArrayList<>();
        for (ScopeSql.Condition condition : scope) {
            String sql = condition.isEmpty() ? select : select + " AND " + condition.sql();
            candidates.addAll(Rows.list(connection, sql, statement -> {
                int p = 0;
                for (Object parameter : query.parameters()) {
                    statement.setObject(++p, parameter);
                }
                for (Object parameter : condition.parameters()) {
                    if (parameter instanceof String[] ids) {
                        statement.setArray(++p, statement.getConnection().createArrayOf("varchar", ids));
                    } else {
                        statement.setObject(++p, parameter);
                    }
                }
            }, row -> candidate(table, row)));
        }
        return candidates;
    }

    private static Candidate candidate(Table table, ResultSet row) throws SQLException {
        return new Candidate(row.getString(1), new Resource.Record(table.kind(),
                new TeamId(row.getString("team_id")), new SecretaryId(row.getString("recorder_id")),
                Optional.ofNullable(row.getString("customer_id")).map(CustomerId::new),
                table.hasSector() ? Optional.of(new SectorId(row.getString("sector_id"))) : Optional.empty()));
    }

    /**
     * The ids of the candidates the actor may read, each once, in the candidates' order: the policy's
     * check of every row, also of the rows its scope let through.
     */
    static List<String> allowed(List<Candidate> candidates, AccessPolicy policy, Actor actor, RecordKind as) {
        Objects.requireNonNull(actor, "actor must not be null");
        Set<String> ids = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            if (policy.mayRead(actor, candidate.resource().as(as))) {
                ids.add(candidate.id());
            }
        }
        return List.copyOf(ids);
    }

    /** The documents of the ids, in the ids' order, read in chunks. */
    static <T> List<T> documents(Connection connection, Table table, List<String> ids, Rows.Mapper<T> mapper)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, T> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            List<Map.Entry<String, T>> rows = Rows.list(connection, "SELECT " + table.idColumn()
                            + ", report, full_report FROM " + table.name() + " WHERE " + table.idColumn() + " IN ("
                            + marks + ")",
                    s -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            s.setString(i + 1, chunk.get(i));
                        }
                    }, row -> Map.entry(row.getString(1), mapper.map(row)));
            rows.forEach(e -> byId.put(e.getKey(), e.getValue()));
        }
        List<T> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            T document = byId.get(id);
            if (document != null) {
                result.add(document);
            }
        }
        return result;
    }

    /**
     * The retention job (AX-2) on one table: the full documents of the rows dated before the cutoff become
     * NULL, leaving the text-free ones. Idempotent: a second run finds nothing left to do.
     *
     * @return how many records lost their text now
     */
    static int anonymiseBefore(Connection connection, Table table, String dateColumn, LocalDate cutoff)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table.name()
                + " SET full_report = NULL, anonymised = TRUE WHERE " + dateColumn + " < ? AND anonymised = FALSE")) {
            statement.setObject(1, cutoff);
            return statement.executeUpdate();
        }
    }

    /**
     * Runs the INSERT of a new record in a savepoint, so that a taken id leaves the enclosing transaction
     * usable (PostgreSQL aborts it otherwise).
     *
     * @throws DuplicateRecordException if a record with the id is stored; nothing is written then
     */
    static void insertNew(Connection connection, Table table, String id, Write insert) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            insert.run();
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            if (!SqlStates.isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            throw new DuplicateRecordException(table.noun(), id);
        }
    }

    /**
     * Runs an UPDATE whose WHERE names the id and the stage and anonymisation the caller's change was based
     * on; when it changes no row, tells a missing record from one that moved on.
     *
     * @throws ConcurrentUpdateException if the record is stored at another revision
     * @throws IllegalArgumentException if no record with the id is stored
     */
    static void updateFrom(Connection connection, Table table, String id, long expectedRevision, Write update)
            throws SQLException {
        if (update.run() == 1) {
            return;
        }
        boolean stored = Rows.first(connection, "SELECT " + table.idColumn() + " FROM " + table.name() + " WHERE "
                + table.idColumn() + " = ?", s -> s.setString(1, id), row -> Boolean.TRUE).isPresent();
        if (!stored) {
            throw new IllegalArgumentException("no " + table.noun() + " " + id + " is stored");
        }
        throw new ConcurrentUpdateException(table.noun() + " " + id, expectedRevision);
    }

    /**
     * Records a new record in a transaction of its own (or the caller's): one INSERT of {@code sql}, whose
     * parameters {@code binding} sets, through {@link #insertNew}.
     *
     * @throws DuplicateRecordException if a record with the id is stored; nothing is written then
     */
    static void record(Jdbc jdbc, Table table, String id, String sql, Binding binding) {
        jdbc.inTransaction("record " + table.noun() + " " + id, connection -> {
            insertNew(connection, table, id, () -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    binding.bind(insert);
                    return insert.executeUpdate();
                }
            });
            return null;
        });
    }

    /**
     * Replaces a record in a transaction of its own (or the caller's): one UPDATE of {@code sql}, whose
     * parameters {@code binding} sets up to the last two, the stage and anonymisation the change was based on,
     * which this sets at {@code stageIndex} and the one after it; then {@link #updateFrom}.
     *
     * @throws ConcurrentUpdateException if the record is stored at another revision
     * @throws IllegalArgumentException if no record with the id is stored
     */
    static void update(Jdbc jdbc, Table table, String id, long expectedRevision, String sql, Binding binding,
                       int stageIndex, String stage, boolean anonymised) {
        jdbc.inTransaction("update " + table.noun() + " " + id, connection -> {
            updateFrom(connection, table, id, expectedRevision, () -> {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    binding.bind(update);
                    update.setString(stageIndex, stage);
                    update.setBoolean(stageIndex + 1, anonymised);
                    return update.executeUpdate();
                }
            });
            return null;
        });
    }

    /**
     * Checks that {@code next} may replace {@code current} ({@code current.isFollowedBy(next)} of the report
     * types).
     *
     * @throws IllegalArgumentException if it may not
     */
    static void checkFollows(Table table, boolean follows, String currentId, long currentRevision, String nextId,
                             long nextRevision) {
        if (!follows) {
            throw new IllegalArgumentException(table.noun() + " " + currentId + " at revision " + currentRevision
                    + " cannot be replaced by " + nextId + " at revision " + nextRevision);
        }
    }

    static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setObject(index, date.get());
        } else {
            statement.setNull(index, Types.DATE);
        }
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
