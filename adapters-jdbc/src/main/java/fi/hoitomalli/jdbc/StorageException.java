package fi.hoitomalli.jdbc;

/**
 * The database could not do what a store was asked to (tallennusvirhe): the connection failed, a
 * statement was rejected, the schema is missing or of another version. The one unchecked exception of the
 * JDBC adapter; the {@link java.sql.SQLException} or Flyway error that caused it is the cause.
 * {@code SQLException} itself never crosses a port. When it is thrown from a write, nothing of that write
 * (or of the enclosing {@link JdbcStores#inTransaction(java.util.function.Supplier) transaction}) was kept.
 */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, in terms of the store
     * @param cause the underlying failure, may be null
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed, in terms of the store */
    public StorageException(String message) {
        super(message);
    }
}
