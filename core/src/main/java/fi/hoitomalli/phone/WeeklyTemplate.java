package fi.hoitomalli.phone;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * A team's weekly phone-hour template (viikkopohja, PH-2): the windows of every secretary on every
 * weekday, the same every week of the plan period. Any list is accepted (a hand-made or imported
 * template may break rules); {@link PlanValidator} says which. Sorted by day, start and secretary.
 *
 * @param team the team
 * @param windows the windows
 */
public record WeeklyTemplate(TeamId team, List<PhoneWindow> windows) {
    public WeeklyTemplate {
        Objects.requireNonNull(team, "team must not be null");
        windows = ImmutableList.sortedCopyOf(Comparator.comparing(PhoneWindow::day)
                .thenComparing(PhoneWindow::start).thenComparing(w -> w.secretary().value())
                .thenComparing(PhoneWindow::end),
                Objects.requireNonNull(windows, "windows must not be null"));
    }

    /** The secretary's first window on the weekday, if any. */
    public Optional<PhoneWindow> windowOf(SecretaryId secretary, DayOfWeek day) {
        return windows.stream().filter(w -> w.secretary().equals(secretary) && w.day() == day).findFirst();
    }

    /** The same template with one window replaced by another (used to edit a plan by hand). */
    public WeeklyTemplate replace(PhoneWindow old, PhoneWindow replacement) {
        List<PhoneWindow> copy = new java.util.ArrayList<>(windows);
        copy.set(copy.indexOf(old), replacement);
        return new WeeklyTemplate(team, copy);
    }
}
