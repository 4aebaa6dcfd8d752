package fi.hoitomalli.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies one dated activity of a recorded annual clock: the clock's scope, the template and the day.
 * A clock has at most one occurrence of a template on a day, so these three name it.
 *
 * @param scope whose clock
 * @param template the activity's template
 * @param date its day
 */
public record ActivityKey(ClockScope scope, TemplateId template, LocalDate date) {
    public ActivityKey {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(date, "date must not be null");
    }

    /** {@code team:T1/TEAM-T1/2027-03-02}: for messages and logs. */
    public String describe() {
        return scope.describe() + "/" + template.value() + "/" + date;
    }
}
