package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the stores bind and read the values every table has: instants (the {@code ${timestamp}} columns,
 * UTC without zone so that every vendor keeps them alike), optional texts, and ids no longer than the
 * id columns.
 */
final class Rows {

    /** The length of every id column ({@code VARCHAR(255)}). */
    static final int MAX_ID_LENGTH = 255;

    private Rows() {
    }

    /** A row mapper that may fail with the driver's exception. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant)
            throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * Refuses an id longer than the id columns, or with a character no supported database stores
     * ({@link StorableText}), before anything is written.
     *
     * @throws IllegalArgumentException if it cannot be stored
     */
    static void checkId(String what, String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(what + " id longer than " + MAX_ID_LENGTH
                    + " characters cannot be stored: " + id.substring(0, 20) + "…");
        }
        StorableText.checkCharacters(what + " id", id);
    }

    /** The rows the query selects, mapped in order. */
    static <T> List<T> list(Connection connection, String sql, Binder binder, Mapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (row.next()) {
                    result.add(mapper.map(row));
                }
                return result;
            }
        }
    }

    /** The first row the query selects, mapped; empty when there is none. */
    static <T> Optional<T> first(Connection connection, String sql, Binder binder, Mapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(mapper.map(row)) : Optional.empty();
            }
        }
    }
}
