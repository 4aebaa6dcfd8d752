package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import fi.hoitomalli.common.IdSource;

/**
 * {@link IdSource} on the database sequence {@value #SEQUENCE} (V11): {@code prefix-n} with the sequence's
 * next value. A database never hands out a value of a sequence twice — not after a rollback, a restart or
 * to another process; values may be skipped — so these ids never repeat on one database, whatever the
 * prefix. Each id is one round trip, in the caller's transaction when there is one.
 */
final class SequenceIds implements IdSource {

    static final String SEQUENCE = "hm_record_id";
    /** Leaves room for {@code -} and a 19-digit number within an id column's 255 characters. */
    static final int MAX_PREFIX_LENGTH = 200;

    private final Jdbc jdbc;
    private final String prefix;
    private final String query;

    SequenceIds(Jdbc jdbc, String prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        Objects.requireNonNull(prefix, "prefix must not be null");
        checkArgument(!prefix.isEmpty() && prefix.length() <= MAX_PREFIX_LENGTH
                        && prefix.chars().noneMatch(Character::isWhitespace),
                "an id prefix has 1–%s characters and no whitespace: '%s'", MAX_PREFIX_LENGTH, prefix);
        this.prefix = prefix;
        this.query = jdbc.vendor().nextValueQuery(SEQUENCE);
    }

    @Override
    public String nextId() {
        long next = jdbc.inTransaction("draw a record id from " + SEQUENCE, connection -> Rows.first(connection,
                        query, statement -> { }, row -> row.getLong(1))
                .orElseThrow(() -> new StorageException("sequence " + SEQUENCE + " returned no value")));
        return prefix + "-" + next;
    }
}
