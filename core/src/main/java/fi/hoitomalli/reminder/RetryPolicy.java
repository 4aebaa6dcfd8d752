package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * How transient delivery failures are retried: exponential backoff from {@code initialBackoff}, doubled
 * per attempt, capped at {@code maxBackoff}; after {@code maxAttempts} attempts the reminder is marked failed.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialBackoff the wait after the first failure, positive
 * @param maxBackoff the longest wait, at least the initial one
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1");
        Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
        Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
        checkArgument(!initialBackoff.isNegative() && !initialBackoff.isZero(), "initialBackoff must be positive");
        checkArgument(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must be at least initialBackoff");
    }

    /** 8 attempts, 1 minute doubling up to 1 hour (about 2 hours in all). */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** The wait after the given failed attempt (1-based): initial × 2^(attempt−1), capped. */
    public Duration backoffAfter(int attempt) {
        checkArgument(attempt >= 1, "attempt must be at least 1");
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** Whether another attempt is allowed after the given number of attempts. */
    public boolean allowsAnotherAfter(int attempts) {
        return attempts < maxAttempts;
    }
}
