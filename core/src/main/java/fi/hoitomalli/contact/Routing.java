package fi.hoitomalli.contact;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Routing of inquiries by the ground rules (pelisäännöt): decides every inquiry into exactly one
 * {@link Decision}, made by the first {@link GroundRule} in evaluation order that applies. Call-back
 * promises are timed by the response-time policy in the working hours of the own secretary's team and
 * get their ids from the id source. Deterministic: reads no clock (the inquiry says when it came in).
 * Thread-safe if the id source and the functions are.
 */
public final class Routing {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceCentre centre;
    private final Function<TeamId, WorkingCalendar> calendars;
    private final Function<TeamId, ResponseTimePolicy> policies;
    private final IdSource promiseIds;

    /**
     * @param centre the service centre, to find the own secretary's team
     * @param calendars each team's working calendar (zone, holidays); must not return null
     * @param policies each team's response-time policy; must not return null
     * @param promiseIds where ids of new promises come from
     */
    public Routing(ServiceCentre centre, Function<TeamId, WorkingCalendar> calendars,
                   Function<TeamId, ResponseTimePolicy> policies, IdSource promiseIds) {
        this.centre = Objects.requireNonNull(centre, "centre must not be null");
        this.calendars = Objects.requireNonNull(calendars, "calendars must not be null");
        this.policies = Objects.requireNonNull(policies, "policies must not be null");
        this.promiseIds = Objects.requireNonNull(promiseIds, "promiseIds must not be null");
    }

    /** Routing with Vantaa's defaults for every team: {@link WorkingCalendar#vantaaDefault()}, {@link ResponseTimePolicy#vantaaDefault()}. */
    public static Routing withVantaaDefaults(ServiceCentre centre, IdSource promiseIds) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        ResponseTimePolicy policy = ResponseTimePolicy.vantaaDefault();
        return new Routing(centre, team -> calendar, team -> policy, promiseIds);
    }

    /**
     * The decision for the inquiry.
     *
     * @throws IllegalArgumentException if the inquiry's secretary is not in the service centre
     * @throws NullPointerException if the inquiry is null
     */
    public Decision decide(Inquiry inquiry) {
        Objects.requireNonNull(inquiry, "inquiry must not be null");
        ServiceTeam team = centre.teamOf(inquiry.secretary());
        WorkingCalendar calendar = Objects.requireNonNull(calendars.apply(team.id()), "no calendar for " + team.id());
        ResponseTimePolicy policy = Objects.requireNonNull(policies.apply(team.id()), "no policy for " + team.id());
        return firstApplicable(inquiry).decide(inquiry, new TeamContext(team.id(), calendar, policy));
    }

    /**
     * Every rule that applies to the inquiry on its own, in evaluation order; never empty (GR-2 applies
     * to all). The first is the one that decides.
     */
    public static List<GroundRule> applicableRules(Inquiry inquiry) {
        Objects.requireNonNull(inquiry, "inquiry must not be null");
        return Arrays.stream(GroundRule.values()).filter(rule -> rule.appliesTo(inquiry)).toList();
    }

    /** The rule that decides the inquiry: the first applicable one in evaluation order. */
    public static GroundRule firstApplicable(Inquiry inquiry) {
        return applicableRules(inquiry).get(0);
    }

    /** Promises and local times of one team. */
    private final class TeamContext implements RuleContext {
        private final TeamId team;
        private final WorkingCalendar calendar;
        private final ResponseTimePolicy policy;

        TeamContext(TeamId team, WorkingCalendar calendar, ResponseTimePolicy policy) {
            this.team = team;
            this.calendar = calendar;
            this.policy = policy;
        }

        @Override
        public CallbackPromise.Open answerPromise(Inquiry inquiry) {
            return promise(inquiry, policy.dueAt(inquiry.receivedAt(), policy.answerTime(), calendar));
        }

        @Override
        public CallbackPromise.Open escalationPromise(Inquiry inquiry) {
            return promise(inquiry, policy.dueAt(inquiry.receivedAt(), policy.escalatedAnswerTime(), calendar));
        }

        private CallbackPromise.Open promise(Inquiry inquiry, Instant due) {
            PromiseTerms terms = new PromiseTerms(new PromiseId(promiseIds.nextId()), inquiry.id(), inquiry.customer(),
                    team, inquiry.secretary(), inquiry.secretary(), inquiry.receivedAt(), due);
            return new CallbackPromise.Open(terms);
        }

        @Override
        public String local(Instant instant) {
            return LOCAL.format(instant.atZone(calendar.zone()));
        }

        @Override
        public LocalDate date(Instant instant) {
            return instant.atZone(calendar.zone()).toLocalDate();
        }
    }
}
