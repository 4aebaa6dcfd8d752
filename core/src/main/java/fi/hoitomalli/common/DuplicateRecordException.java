package fi.hoitomalli.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A new record was to be stored under an id (or key) that a stored record already has (tallenne on jo
 * olemassa). Nothing was stored and nothing was overwritten: the stored record reads back as it was. The
 * usual cause is an id source that repeats ids, e.g. {@link IdSource#sequential(String)} started again
 * on a database that outlived the process; take ids from a durable source instead. A change of a stored
 * record goes through the store's compare-and-set update, never through a second "record new".
 *
 * <p>Extends {@link IllegalArgumentException}, which stores threw for this before it had a type of its own.
 */
public final class DuplicateRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * @param kind what kind of record, e.g. {@code "feedback"} or {@code "call-back promise"}
     * @param id the id (or key) that is taken, e.g. {@code "WEB-1"}
     * @throws IllegalArgumentException if an argument is blank
     * @throws NullPointerException if an argument is null
     */
    public DuplicateRecordException(String kind, String id) {
        super(message(kind, id));
        this.kind = kind;
        this.id = id;
    }

    private static String message(String kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        checkArgument(!kind.isBlank(), "kind must not be blank");
        checkArgument(!id.isBlank(), "id must not be blank");
        return kind + " " + id + " is recorded already; nothing was stored or overwritten";
    }

    /** The kind of record, e.g. {@code "feedback"}. */
    public String kind() {
        return kind;
    }

    /** The id (or key) that is taken. */
    public String id() {
        return id;
    }
}
