package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens to the phone windows on a payroll-run day (palkka-ajopäivä, PH-6): shortened to a length
 * with the same start, or dropped.
 */
public sealed interface PayrollDayRule permits PayrollDayRule.Shorten, PayrollDayRule.Drop {

    /** Vantaa's default: one hour, same start. */
    static PayrollDayRule vantaaDefault() {
        return new Shorten(Duration.ofHours(1));
    }

    /**
     * The window keeps its start and lasts {@code length} (checked against the window and grid by
     * {@link PhonePolicy}).
     *
     * @param length positive
     */
    record Shorten(Duration length) implements PayrollDayRule {
        public Shorten {
            Objects.requireNonNull(length, "length must not be null");
            checkArgument(!length.isNegative() && !length.isZero(), "payroll-day length must be positive: %s", length);
        }
    }

    /** No phone windows at all on payroll-run days. */
    record Drop() implements PayrollDayRule {
    }
}
