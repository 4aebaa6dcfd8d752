package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * What the two form stores share: queries that apply the access policy (AX-1) before any document is
 * read, and the retention job (AX-2). A query with an actor first selects, on the indexed columns, the
 * keys and the access columns (team, recorder, customer, sector) of the rows its own conditions match;
 * the policy decides on those columns alone; only the documents of the rows it allows are then read. The
 * free text of a denied record never leaves the database.
 */
final class FormRows {

    private static final int IN_CHUNK = 500;

    /** How a store's table is named and read. */
    record Table(String name, String idColumn, RecordKind kind, boolean hasSector) {
    }

    /** A candidate row: its id and what the access policy needs to know about it. */
    record Candidate(String id, Resource.Record resource) {
    }

    private FormRows() {
    }

    /** The candidates the SQL selects: the query must select the id column and the access columns. */
    static List<Candidate> candidates(Connection connection, Table table, String where, String order,
                                      Rows.Binder binder) throws SQLException {
        String sql = "SELECT " + table.idColumn() + ", team_id, recorder_id, customer_id"
                + (table.hasSector() ? ", sector_id" : "") + " FROM " + table.name() + " " + where + " ORDER BY "
                + order;
        return Rows.list(connection, sql, binder, row -> new Candidate(row.getString(1), new Resource.Record(
                table.kind(), new TeamId(row.getString("team_id")), new SecretaryId(row.getString("recorder_id")),
                Optional.ofNullable(row.getString("customer_id")).map(CustomerId::new),
                table.hasSector() ? Optional.of(new SectorId(row.getString("sector_id"))) : Optional.empty())));
    }

    /** The ids of the candidates the actor may read, in the candidates' order. */
    static List<String> allowed(List<Candidate> candidates, AccessPolicy policy, Actor actor, RecordKind as) {
        Objects.requireNonNull(actor, "actor must not be null");
        List<String> ids = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (policy.mayRead(actor, candidate.resource().as(as))) {
                ids.add(candidate.id());
            }
        }
        return ids;
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
