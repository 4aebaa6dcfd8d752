package fi.hoitomalli.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 *
 * <p>What is written can always be read back: a document is refused before anything is written when its
 * JSON is longer than {@value #MAX_DOCUMENT_LENGTH} characters (so that a row of several documents fits
 * the columns and a MariaDB packet of the default 16 MiB) or when a text in it cannot be stored on every
 * supported database (U+0000, an unpaired surrogate: {@link StorableText}). Reading sets Jackson's
 * {@link StreamReadConstraints} explicitly to accept every document a database can hand back — far more
 * than is ever written, so also the larger documents earlier versions of the adapter stored — with the
 * nesting depth Jackson's writer allows.
 */
final class JsonColumns {

    /** The longest JSON document, in characters ({@link String#length()}), the adapter writes. */
    static final int MAX_DOCUMENT_LENGTH = 1_000_000;

    /** What reading accepts; the writer's nesting limit is the same, so no written document exceeds it. */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(-1) // no limit, as Jackson counts it
            .maxTokenCount(-1)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxNestingDepth(StreamWriteConstraints.DEFAULT_MAX_DEPTH)
            .build();

    private final ObjectMapper mapper;
    private final Vendor vendor;

    /**
     * @param mapper the mapper with the core's Jackson module; it is copied, so the caller's configuration
     *     (its read constraints included) stays as it was
     */
    JsonColumns(ObjectMapper mapper, Vendor vendor) {
        Objects.requireNonNull(mapper, "mapper must not be null");
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(READ_CONSTRAINTS);
        this.vendor = Objects.requireNonNull(vendor, "vendor must not be null");
    }

    /**
     * The value as the JSON of its declared type, checked to be storable. The declared type matters for
     * sealed types: an {@code Employee} written as a {@code Customer} carries the type name that reads back
     * as a {@code Customer}. Stores write their documents with this before they write anything.
     *
     * @param what the document, for the message, e.g. {@code "the relationship section of account plan SIVI/2027"}
     * @throws IllegalArgumentException if the JSON is longer than {@value #MAX_DOCUMENT_LENGTH} characters or
     *     holds a text no supported database stores ({@link StorableText})
     * @throws StorageException if the value cannot be written as JSON
     */
    <T> String write(T value, Class<? super T> type, String what) {
        return write(value, mapper.constructType(type), what);
    }

    /** {@link #write(Object, Class, String)} for a (generic) declared type. */
    String write(Object value, JavaType type, String what) {
        Objects.requireNonNull(value, "value must not be null");
        String json;
        try {
            json = mapper.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("could not write " + what + " as JSON: " + e.getOriginalMessage(), e);
        }
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new IllegalArgumentException(what + " is " + json.length() + " characters of JSON, longer than the "
                    + MAX_DOCUMENT_LENGTH + " a document may be" + longestText(json) + "; nothing was stored");
        }
        checkTexts(what, json);
        return json;
    }

    /**
     * Binds the value, as JSON of its declared type, to the parameter; a null value binds SQL NULL.
     *
     * @throws IllegalArgumentException as {@link #write(Object, Class, String)}
     */
    <T> void bind(PreparedStatement statement, int index, T value, Class<? super T> type) throws SQLException {
        bind(statement, index, value, mapper.constructType(type));
    }

    /** Binds the value as JSON of the (generic) declared type; a null value binds SQL NULL. */
    void bind(PreparedStatement statement, int index, Object value, JavaType type) throws SQLException {
        bindWritten(statement, index, value == null ? null : write(value, type, "a " + type.getRawClass().getSimpleName()
                + " document"));
    }

    /** Binds JSON from {@link #write(Object, Class, String)}; null binds SQL NULL. */
    void bindWritten(PreparedStatement statement, int index, String json) throws SQLException {
        if (json == null) {
            statement.setNull(index, vendor.bindsJsonAsObject() ? Types.OTHER : Types.VARCHAR);
        } else if (vendor.bindsJsonAsObject()) {
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

    /**
     * Refuses a document with a name or text no supported database stores. Only a document whose JSON has
     * a surrogate, or an escape (backslash, u, hex digits) that might stand for U+0000 or a surrogate, is
     * parsed to find out.
     */
    private void checkTexts(String what, String json) {
        if (!mayHoldUnstorable(json)) {
            return;
        }
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    String text = parser.getText();
                    String at = parser.getParsingContext().pathAsPointer().toString();
                    StorableText.unstorable(text).ifPresent(problem -> {
                        throw new IllegalArgumentException(what + ": the text at " + (at.isEmpty() ? "/" : at) + " "
                                + problem + ", which not every supported database can store; nothing was stored");
                    });
                }
            }
        } catch (IOException e) {
            throw new StorageException("could not check the JSON of " + what + ": " + e.getMessage(), e);
        }
    }

    private static boolean mayHoldUnstorable(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (c == '\\' && i + 2 < json.length() && json.charAt(i + 1) == 'u'
                    && (json.charAt(i + 2) == '0' || json.charAt(i + 2) == 'd' || json.charAt(i + 2) == 'D')) {
                return true;
            }
        }
        return false;
    }

    /** Where the longest text of the document is, for the message of a refused document. */
    private String longestText(String json) {
        String at = null;
        int longest = -1;
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING && parser.getTextLength() > longest) {
                    longest = parser.getTextLength();
                    at = parser.getParsingContext().pathAsPointer().toString();
                }
            }
        } catch (IOException e) {
            return "";
        }
        return at == null ? "" : " (its longest text, at " + at + ", is " + longest + " characters)";
    }
}
