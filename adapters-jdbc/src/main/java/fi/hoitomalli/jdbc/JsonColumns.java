package fi.hoitomalli.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/**
 * Sections that are documents (e.g. an account plan's sections) stored as JSON in one column — the
 * migrations' {@code ${json}} type: {@code jsonb} on PostgreSQL, {@code JSON} on MariaDB, text on H2 —
 * written and read through the core's Jackson module, so the stored shape is the library's public JSON
 * shape.
 */
final class JsonColumns {

    private final ObjectMapper mapper;
    private final Vendor vendor;

    JsonColumns(ObjectMapper mapper, Vendor vendor) {
        this.mapper = Objects.requireNonNull(mapper, "mapper must not be null");
        this.vendor = Objects.requireNonNull(vendor, "vendor must not be null");
    }

    /**
     * Binds the value, as JSON of its declared type, to the parameter; a null value binds SQL NULL.
     * The declared type matters for sealed types: an {@code Employee} written as a {@code Customer}
     * carries the type name that reads back as a {@code Customer}.
     */
    <T> void bind(PreparedStatement statement, int index, T value, Class<? super T> type) throws SQLException {
        bind(statement, index, value, mapper.constructType(type));
    }

    /** Binds the value as JSON of the (generic) declared type; a null value binds SQL NULL. */
    void bind(PreparedStatement statement, int index, Object value, JavaType type) throws SQLException {
        if (value == null) {
            statement.setNull(index, vendor.bindsJsonAsObject() ? Types.OTHER : Types.VARCHAR);
            return;
        }
        String json = write(value, type);
        if (vendor.bindsJsonAsObject()) {
            // an untyped parameter: PostgreSQL casts it to the column's jsonb
            statement.setObject(index, json, Types.OTHER);
        } else {
            statement.setString(index, json);
        }
    }

    /** Reads the column as the type; SQL NULL reads as null. */
    <T> T read(ResultSet row, String column, Class<T> type) throws SQLException {
        return read(row, column, mapper.constructType(type));
    }

    /** Reads the column as the (generic) type; SQL NULL reads as null. */
    <T> T read(ResultSet row, String column, JavaType type) throws SQLException {
        String json = row.getString(column);
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored JSON in column " + column + " is not a valid " + type
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value, JavaType type) {
        try {
            return mapper.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("could not write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
