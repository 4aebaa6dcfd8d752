package fi.hoitomalli.benchmarks.peers;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PlanContext;
import fi.hoitomalli.phone.PlanExpander;
import fi.hoitomalli.phone.PlanValidator;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.ServiceTeam;

import java.util.List;
import java.util.TreeMap;

/**
 * The one scorer of the benchmark: our library's {@link PlanValidator} (PH-1 … PH-7, PH-10) on every
 * team's weekly template <em>and</em> its expansion over the instance's period (holidays, payroll days,
 * absences — expanded the same way for every solver by {@link PlanExpander}), and
 * {@link PhoneScheduler#objective} for PH-8.
 */
public final class LibraryScorer implements PlanScorer {

    @Override
    public String name() {
        return "Hoitomalli PlanValidator (PH-1 … PH-7, PH-10 on template and expanded plan) + PhoneScheduler.objective (PH-8)";
    }

    @Override
    public Score score(PeerInstance instance, PeerPlan plan) {
        WorkingCalendar calendar = LibraryMapping.calendar(instance);
        PlanValidator validator = PlanValidator.standard();
        TreeMap<String, Integer> violations = new TreeMap<>();
        long objective = 0;
        int scheduled = 0;
        for (PeerInstance.Team team : instance.teams()) {
            List<PeerPlan.Window> windows = plan.teams().get(team.id());
            if (windows == null) {
                continue;
            }
            scheduled++;
            ServiceTeam st = LibraryMapping.team(team);
            PhonePolicy policy = LibraryMapping.policy(team);
            WeeklyTemplate template = LibraryMapping.template(team.id(), windows);
            var absences = LibraryMapping.absences(team);
            PhonePlan expanded = PlanExpander.expand(st, policy, template, calendar, absences, instance.from(), instance.to());
            for (Violation v : validator.validate(PlanContext.of(st, policy, template, expanded, calendar, absences))) {
                violations.merge(v.rule(), 1, Integer::sum);
            }
            objective += PhoneScheduler.objective(template, LibraryMapping.votes(team));
        }
        return new Score(violations, objective, scheduled);
    }
}
