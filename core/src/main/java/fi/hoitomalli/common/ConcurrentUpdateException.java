package fi.hoitomalli.common;

/**
 * A save was based on a version that somebody else changed meanwhile (optimistic locking). Nothing was
 * overwritten; the caller reloads, merges and tries again.
 */
public final class ConcurrentUpdateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final long expectedVersion;

    /**
     * @param subject what was saved, e.g. {@code "account plan SIVI/2027"}
     * @param expectedVersion the version the caller based the change on
     */
    public ConcurrentUpdateException(String subject, long expectedVersion) {
        this(subject, expectedVersion, null);
    }

    /**
     * A concurrent update that a store recognised from its storage's own report, e.g. a database that
     * aborted the transaction for a concurrent one (serialization failure, deadlock).
     *
     * @param subject what was saved, e.g. {@code "account plan SIVI/2027"}
     * @param expectedVersion the version the caller based the change on
     * @param cause the storage's report, may be null
     */
    public ConcurrentUpdateException(String subject, long expectedVersion, Throwable cause) {
        super(subject + " was changed by somebody else after version " + expectedVersion, cause);
        this.subject = subject;
        this.expectedVersion = expectedVersion;
    }

    /** What was saved. */
    public String subject() {
        return subject;
    }

    /** The version the rejected change was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
