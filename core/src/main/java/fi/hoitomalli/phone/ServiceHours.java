package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A team's service hours (palveluaika) on one weekday, as local times in the team's zone (PH-10). The
 * working day of the quiet-time rule PH-3 is these hours: quiet time = their length minus phone time.
 *
 * @param opens when the first grid slot starts
 * @param closes when the last grid slot ends, after {@code opens} on the same day
 */
public record ServiceHours(LocalTime opens, LocalTime closes) {
    public ServiceHours {
        Objects.requireNonNull(opens, "opens must not be null");
        Objects.requireNonNull(closes, "closes must not be null");
        checkArgument(opens.isBefore(closes), "service hours close (%s) before they open (%s)", closes, opens);
    }

    /** The length in minutes. */
    public int minutes() {
        return (closes.toSecondOfDay() - opens.toSecondOfDay()) / 60;
    }
}
