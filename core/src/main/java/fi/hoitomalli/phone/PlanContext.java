package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.team.ServiceTeam;

/**
 * A plan to validate with everything the rules need: the team, its policy, the weekly template and/or the
 * expanded plan (at least one), the working calendar and the absences.
 *
 * @param team the team
 * @param policy its policy
 * @param template the weekly template, if checked
 * @param plan the expanded plan, if checked
 * @param calendar the working calendar the plan should follow
 * @param absences the absences the plan should follow
 */
public record PlanContext(ServiceTeam team, PhonePolicy policy, Optional<WeeklyTemplate> template,
                          Optional<PhonePlan> plan, WorkingCalendar calendar, Absences absences) {
    public PlanContext {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Objects.requireNonNull(absences, "absences must not be null");
        checkArgument(template.isPresent() || plan.isPresent(), "nothing to validate: no template and no plan");
    }

    /** A template on its own (PH-1 … PH-5 of the week). */
    public static PlanContext ofTemplate(ServiceTeam team, PhonePolicy policy, WeeklyTemplate template) {
        return new PlanContext(team, policy, Optional.of(template), Optional.empty(),
                new WorkingCalendar(policy.zone(), fi.hoitomalli.calendar.PayrollRuns.vantaaDefault(), java.util.Set.of()),
                Absences.none());
    }

    /** A template and its expansion. */
    public static PlanContext of(ServiceTeam team, PhonePolicy policy, WeeklyTemplate template, PhonePlan plan,
                                 WorkingCalendar calendar, Absences absences) {
        return new PlanContext(team, policy, Optional.of(template), Optional.of(plan), calendar, absences);
    }
}
