package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * Expands a weekly template over a period with the working calendar and the absences (PH-6, PH-7):
 * <ul>
 *   <li>no windows on weekends, Finnish holidays, the city's extra closed days or weekdays without service
 *   hours; on payroll-run days the window keeps its start and is shortened, or dropped, as the policy says;</li>
 *   <li>a present secretary answers her own window; during a short absence (≤ 2 working days) nobody does
 *   (voicemail) and a {@link CoverageWarning} names the team lead as fallback; during a long absence the
 *   partner answers in the absent secretary's window, and the team lead when the partner is away too or the
 *   secretary has no partner.</li>
 * </ul>
 * Dates and times stay local; the plan carries the policy's zone (PH-10).
 */
public final class PlanExpander {

    private PlanExpander() {
    }

    /**
     * The concrete plan for {@code [from, to]}.
     *
     * @throws IllegalArgumentException if the period is reversed, the template is of another team, or the
     *     calendar's zone differs from the policy's
     */
    public static PhonePlan expand(ServiceTeam team, PhonePolicy policy, WeeklyTemplate template,
                                   WorkingCalendar calendar, Absences absences, LocalDate from, LocalDate to) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Objects.requireNonNull(absences, "absences must not be null");
        checkArgument(!to.isBefore(from), "period ends (%s) before it starts (%s)", to, from);
        checkArgument(template.team().equals(team.id()), "template of %s is not for team %s", template.team(), team.id());
        checkArgument(calendar.zone().equals(policy.zone()), "calendar zone %s differs from policy zone %s",
                calendar.zone(), policy.zone());
        List<DatedWindow> windows = new ArrayList<>();
        List<CoverageWarning> warnings = new ArrayList<>();
        TreeSet<LocalDate> open = new TreeSet<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!calendar.isWorkingDay(date) || policy.hoursOn(date.getDayOfWeek()).isEmpty()) {
                continue;
            }
            open.add(date);
            boolean payroll = calendar.isPayrollRunDay(date);
            if (payroll && policy.payrollWindowMinutes() == 0) {
                continue;
            }
            for (PhoneWindow w : template.windows()) {
                if (w.day() != date.getDayOfWeek() || !team.hasMember(w.secretary())) {
                    continue;
                }
                LocalTime end = payroll ? w.start().plusMinutes(policy.payrollWindowMinutes()) : w.end();
                Answerer answerer = answerer(team, w.secretary(), date, calendar, absences);
                windows.add(new DatedWindow(date, w.secretary(), w.start(), end, answerer));
                if (answerer instanceof Answerer.Voicemail) {
                    warnings.add(new CoverageWarning(date, w.start(), end, w.secretary(), team.lead()));
                }
            }
        }
        return new PhonePlan(team.id(), policy.zone(), from, to, open, windows, warnings);
    }

    /** PH-7: who answers the secretary's window on the date. */
    public static Answerer answerer(ServiceTeam team, SecretaryId secretary, LocalDate date, WorkingCalendar calendar,
                                    Absences absences) {
        Optional<Absence> absence = absences.on(secretary, date);
        if (absence.isEmpty()) {
            return new Answerer.Own(secretary);
        }
        if (!isLong(absences, secretary, date, calendar)) {
            return new Answerer.Voicemail();
        }
        Optional<SecretaryId> partner = team.partnerOf(secretary);
        if (partner.isPresent() && !absences.isAbsent(partner.get(), date)) {
            return new Answerer.Partner(partner.get());
        }
        return new Answerer.TeamLead(team.lead());
    }

    /**
     * Whether the secretary's absence on the date is long (PH-7). Overlapping or adjacent absences count
     * as one spell, so a sick leave right after annual leave is judged by the whole time away.
     */
    static boolean isLong(Absences absences, SecretaryId secretary, LocalDate date, WorkingCalendar calendar) {
        LocalDate first = date;
        while (absences.isAbsent(secretary, first.minusDays(1))) {
            first = first.minusDays(1);
        }
        LocalDate last = date;
        while (absences.isAbsent(secretary, last.plusDays(1))) {
            last = last.plusDays(1);
        }
        return calendar.workingDaysIn(first, last) > Absence.SHORT_LIMIT_WORKING_DAYS;
    }
}
