package fi.hoitomalli.common;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where services get the ids of the records they create. Core never makes random ids itself: a city
 * system passes its own source (database sequence, UUIDs), tests pass {@link #sequential(String)}.
 */
@FunctionalInterface
public interface IdSource {

    /** The next unused id; never null or blank. */
    String nextId();

    /**
     * A thread-safe source of {@code prefix-1}, {@code prefix-2}, … — deterministic, for tests and demos.
     */
    static IdSource sequential(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        AtomicLong counter = new AtomicLong();
        return () -> prefix + "-" + counter.incrementAndGet();
    }
}
