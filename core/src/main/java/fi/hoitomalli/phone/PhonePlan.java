package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.team.TeamId;

/**
 * A team's expanded phone plan (puhelinaikataulu) for a period: the concrete dated windows and who answers
 * them, the days the service is open, and the coverage warnings. Local dates and times plus the zone
 * (PH-10); instants are computed with the zone. Any content is accepted — {@link PlanValidator} checks it.
 *
 * @param team the team
 * @param zone the zone of every local time in the plan
 * @param from first day of the period
 * @param to last day of the period, not before {@code from}
 * @param openDays the days in the period with service (working days with service hours)
 * @param windows the dated windows, sorted by date, start and owner
 * @param warnings the coverage gaps, sorted by date and start
 */
public record PhonePlan(TeamId team, ZoneId zone, LocalDate from, LocalDate to, Set<LocalDate> openDays,
                        List<DatedWindow> windows, List<CoverageWarning> warnings) {
    public PhonePlan {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        checkArgument(!to.isBefore(from), "plan period ends (%s) before it starts (%s)", to, from);
        openDays = ImmutableSortedSet.copyOf(Objects.requireNonNull(openDays, "openDays must not be null"));
        windows = ImmutableList.sortedCopyOf(Comparator.comparing(DatedWindow::date).thenComparing(DatedWindow::start)
                .thenComparing(w -> w.owner().value()).thenComparing(DatedWindow::end),
                Objects.requireNonNull(windows, "windows must not be null"));
        warnings = ImmutableList.sortedCopyOf(Comparator.comparing(CoverageWarning::date)
                .thenComparing(CoverageWarning::start).thenComparing(w -> w.absent().value()),
                Objects.requireNonNull(warnings, "warnings must not be null"));
    }

    /** The same plan with other windows (used to edit or mutate a plan). */
    public PhonePlan withWindows(List<DatedWindow> other) {
        return new PhonePlan(team, zone, from, to, openDays, other, warnings);
    }

    /** The same plan with other warnings. */
    public PhonePlan withWarnings(List<CoverageWarning> other) {
        return new PhonePlan(team, zone, from, to, openDays, windows, other);
    }

    /** The same plan with other open days. */
    public PhonePlan withOpenDays(Set<LocalDate> other) {
        return new PhonePlan(team, zone, from, to, other, windows, warnings);
    }

    /** The same plan in another zone. */
    public PhonePlan withZone(ZoneId other) {
        return new PhonePlan(team, other, from, to, openDays, windows, warnings);
    }
}
