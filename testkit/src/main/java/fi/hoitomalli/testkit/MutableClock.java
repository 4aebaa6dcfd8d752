package fi.hoitomalli.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} for tests that stands still until told to move, so that services which take a clock
 * (every service of Hoitomalli does) can be driven through due dates, retention periods and phone
 * windows deterministically. Thread-safe.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at the instant, in the zone. */
    public static MutableClock at(Instant instant, ZoneId zone) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant must not be null")),
                Objects.requireNonNull(zone, "zone must not be null"));
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration must not be null");
        now.updateAndGet(i -> i.plus(duration));
    }

    /** Sets the clock to the instant. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant must not be null"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view of the same moving time in another zone. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MutableClock(now, Objects.requireNonNull(otherZone, "zone must not be null"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
