package fi.hoitomalli.common;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where services get the ids of the records they create. Core never makes random ids itself: a city
 * system passes a durable source — the JDBC adapter's {@code JdbcStores.idSource(prefix)} (a database
 * sequence), its own sequence or UUIDs — and tests pass {@link #sequential(String)}. An id a source has
 * given must never come again, also not after a restart or from another process: stores refuse a new
 * record under a taken id ({@link DuplicateRecordException}).
 */
@FunctionalInterface
public interface IdSource {

    /** The next unused id; never null or blank. */
    String nextId();

    /**
     * A thread-safe source of {@code prefix-1}, {@code prefix-2}, … counted in memory — deterministic, for
     * tests and single-process demos whose stores live no longer than the process. It starts at 1 again in
     * every process, so over a database that outlives the process its ids repeat: use a durable source there.
     *
     * @throws NullPointerException if the prefix is null
     */
    static IdSource sequential(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        AtomicLong counter = new AtomicLong();
        return () -> prefix + "-" + counter.incrementAndGet();
    }
}
