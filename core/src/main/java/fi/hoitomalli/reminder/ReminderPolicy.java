package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When reminders are due (muistutuskäytäntö). Days are working days of the team's
 * {@link fi.hoitomalli.calendar.WorkingCalendar}.
 *
 * <p>Construction throws {@code IllegalArgumentException} if a count is negative or the escalation limit not positive.
 *
 * @param digestTime the time of day the intranet digest goes out; updates published before it are in that
 *                   day's digest, later ones in the next day's
 * @param morningTime the time of day invitations and due-date reminders go out
 * @param invitationWorkingDays how many working days before an activity its invitation goes out (≥ 0)
 * @param feedbackWarningWorkingDays how many working days before the response due date the secretary is
 *                                   reminded (≥ 0)
 * @param planActionWarningWorkingDays how many working days before an action's due date its owner is reminded (≥ 0)
 * @param escalateAfter overdue by more than this, the team lead is copied (positive)
 */
public record ReminderPolicy(LocalTime digestTime, LocalTime morningTime, int invitationWorkingDays,
                             int feedbackWarningWorkingDays, int planActionWarningWorkingDays,
                             Duration escalateAfter) {

    public ReminderPolicy {
        Objects.requireNonNull(digestTime, "digestTime must not be null");
        Objects.requireNonNull(morningTime, "morningTime must not be null");
        checkArgument(invitationWorkingDays >= 0, "invitationWorkingDays must not be negative");
        checkArgument(feedbackWarningWorkingDays >= 0, "feedbackWarningWorkingDays must not be negative");
        checkArgument(planActionWarningWorkingDays >= 0, "planActionWarningWorkingDays must not be negative");
        Objects.requireNonNull(escalateAfter, "escalateAfter must not be null");
        checkArgument(!escalateAfter.isNegative() && !escalateAfter.isZero(), "escalateAfter must be positive");
    }

    /**
     * Vantaa's defaults: digest at 15:00, morning reminders at 08:00, invitations 5 working days ahead,
     * feedback warned 2 and plan actions 3 working days ahead, team lead copied after 2 days overdue.
     */
    public static ReminderPolicy vantaaDefault() {
        return new ReminderPolicy(LocalTime.of(15, 0), LocalTime.of(8, 0), 5, 2, 3, Duration.ofDays(2));
    }
}
