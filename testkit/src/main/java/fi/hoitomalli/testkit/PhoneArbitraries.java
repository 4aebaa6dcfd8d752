package fi.hoitomalli.testkit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.phone.PayrollDayRule;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.ServiceHours;
import fi.hoitomalli.phone.SlotTally;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

/**
 * jqwik arbitraries for the phone-hour feature (PH-1 … PH-10): valid policies, teams with substitute
 * pairs, votes, working calendars and absences, and whole scheduler inputs that are feasible, infeasible
 * (by construction, not by asking the scheduler) or small enough to enumerate. Never calls
 * {@code sample()} inside a generator.
 */
public final class PhoneArbitraries {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private PhoneArbitraries() {
    }

    /**
     * Valid policies: 30 min grid with service days of at most 8 h, or 60 min grid with at most 10 h; 1–4 h
     * windows, 0–4 h quiet time, hours per weekday (maybe equal), one or two on the phone.
     */
    public static Arbitrary<PhonePolicy> policies() {
        return Arbitraries.oneOf(policies(Arbitraries.just(30), 1, 4, 8), policies(Arbitraries.just(60), 1, 4, 10));
    }

    /** Small valid policies for brute-force comparisons: 60 min grid, 1–2 h windows, at most 6 h of service. */
    public static Arbitrary<PhonePolicy> smallPolicies() {
        return policies(Arbitraries.of(60), 1, 2, 6);
    }

    private static Arbitrary<PhonePolicy> policies(Arbitrary<Integer> grids, int minK, int maxK, int maxHours) {
        return grids.flatMap(grid -> Arbitraries.integers().between(minK, Math.min(maxK, 240 / grid)).flatMap(k -> {
            int window = grid * k;
            Arbitrary<Integer> quiet = Arbitraries.of(0, 60, 120, 240).filter(q -> window + q <= maxHours * 60);
            return quiet.flatMap(q -> {
                int maxExtra = (maxHours * 60 - window - q) / grid;
                Arbitrary<ServiceHours> hours = Combinators.combine(
                        Arbitraries.integers().between(7 * 60 / grid, 9 * 60 / grid),
                        Arbitraries.integers().between(0, maxExtra))
                        .as((openSlot, extra) -> new ServiceHours(LocalTime.ofSecondOfDay(openSlot * grid * 60L),
                                LocalTime.ofSecondOfDay((openSlot * grid + window + q + extra * grid) * 60L)));
                Arbitrary<Map<DayOfWeek, ServiceHours>> week = Arbitraries.oneOf(
                        hours.map(PhoneArbitraries::allWeek),
                        hours.list().ofSize(5).map(PhoneArbitraries::perDay));
                Arbitrary<PayrollDayRule> payroll = Arbitraries.oneOf(Arbitraries.just(new PayrollDayRule.Drop()),
                        Arbitraries.integers().between(1, k).map(j -> new PayrollDayRule.Shorten(Duration.ofMinutes((long) j * grid))));
                return Combinators.combine(week, Arbitraries.integers().between(1, 2), Arbitraries.of(true, false), payroll)
                        .as((w, m, same, p) -> new PhonePolicy(w, Duration.ofMinutes(window), Duration.ofMinutes(grid),
                                Duration.ofMinutes(q), m, same, p, WorkingCalendar.HELSINKI));
            });
        }));
    }

    private static Map<DayOfWeek, ServiceHours> allWeek(ServiceHours hours) {
        Map<DayOfWeek, ServiceHours> week = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> week.put(d, hours));
        return week;
    }

    private static Map<DayOfWeek, ServiceHours> perDay(List<ServiceHours> hours) {
        Map<DayOfWeek, ServiceHours> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            week.put(WEEKDAYS.get(i), hours.get(i));
        }
        return week;
    }

    /**
     * Teams of {@code min}–{@code max} secretaries whose substitute pairs are drawn from a shuffled member
     * list, so pairs are not always consecutive members.
     */
    public static Arbitrary<ServiceTeam> teams(int min, int max) {
        return Arbitraries.integers().between(min, max).flatMap(n -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            return Combinators.combine(Arbitraries.shuffle(order), Arbitraries.integers().between(0, n / 2))
                    .as((shuffled, pairs) -> team(n, shuffled, pairs));
        });
    }

    private static ServiceTeam team(int n, List<Integer> shuffled, int pairCount) {
        List<SecretaryId> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new SecretaryId("S-" + (i + 1)));
        }
        List<SubstitutePair> pairs = new ArrayList<>();
        for (int p = 0; p < pairCount; p++) {
            pairs.add(new SubstitutePair(members.get(shuffled.get(2 * p)), members.get(shuffled.get(2 * p + 1))));
        }
        return new ServiceTeam(new TeamId("T-PH"), "Phone team", Set.of(new SectorId("SIVI")), new StaffId("LEAD-1"),
                members, pairs);
    }

    /** Votes of the team's customers for grid slots of the policy: 0–12 tallies of 1–5 votes. */
    public static Arbitrary<Votes> votes(ServiceTeam team, PhonePolicy policy) {
        List<SecretaryId> members = team.members();
        Arbitrary<SlotTally> tally = Combinators.combine(Arbitraries.of(members),
                Arbitraries.of(List.copyOf(policy.serviceHours().keySet())), Arbitraries.integers().between(0, 47),
                Arbitraries.integers().between(1, 5)).as((s, day, slot, n) -> {
                    ServiceHours h = policy.hoursOn(day).orElseThrow();
                    int slots = h.minutes() / policy.gridMinutes();
                    return new SlotTally(s, day, h.opens().plusMinutes((long) (slot % slots) * policy.gridMinutes()), n);
                });
        return tally.list().ofMaxSize(12).map(list -> new Votes(team.id(), list));
    }

    /** Scheduler inputs of any kind (feasible or not) with 1–10 secretaries. */
    public static Arbitrary<PhoneScenario> scenarios() {
        return scenarios(policies(), 1, 10);
    }

    private static Arbitrary<PhoneScenario> scenarios(Arbitrary<PhonePolicy> policies, int min, int max) {
        return Combinators.combine(policies, teams(min, max)).as(List::of).flatMap(pt -> {
            PhonePolicy policy = (PhonePolicy) pt.get(0);
            ServiceTeam team = (ServiceTeam) pt.get(1);
            return votes(team, policy).map(v -> new PhoneScenario(team, policy, v));
        });
    }

    /**
     * Feasible scheduler inputs: enough secretaries for the coverage the policy asks for (counted by hand
     * from the policy), kept when the standard scheduler finds a template.
     */
    public static Arbitrary<PhoneScenario> feasibleScenarios() {
        return policies().filter(p -> windowsNeeded(p) <= 8).flatMap(policy -> {
            int needed = windowsNeeded(policy);
            return teams(needed, Math.min(10, needed + 3)).flatMap(team -> votes(team, policy).map(v -> new PhoneScenario(team, policy, v)));
        }).filter(s -> PhoneScheduler.standard().schedule(s.team(), s.policy(), s.votes()) instanceof ScheduleResult.Scheduled);
    }

    /**
     * Infeasible scheduler inputs by construction: fewer secretaries than a cover of the longest service day
     * needs (PH-4), or the same start required on weekdays whose service hours share no window (PH-2).
     */
    public static Arbitrary<PhoneScenario> infeasibleScenarios() {
        Arbitrary<PhoneScenario> tooFew = policies().filter(p -> windowsNeeded(p) >= 2).flatMap(policy ->
                teams(1, windowsNeeded(policy) - 1).flatMap(team -> votes(team, policy)
                        .map(v -> new PhoneScenario(team, policy, v))));
        Arbitrary<PhoneScenario> noCommonStart = teams(2, 6).map(team -> {
            Map<DayOfWeek, ServiceHours> hours = new EnumMap<>(DayOfWeek.class);
            hours.put(DayOfWeek.MONDAY, new ServiceHours(LocalTime.of(8, 0), LocalTime.of(11, 0)));
            hours.put(DayOfWeek.TUESDAY, new ServiceHours(LocalTime.of(12, 0), LocalTime.of(15, 0)));
            PhonePolicy policy = new PhonePolicy(hours, Duration.ofHours(1), Duration.ofMinutes(30), Duration.ZERO, 1,
                    true, new PayrollDayRule.Drop(), WorkingCalendar.HELSINKI);
            return new PhoneScenario(team, policy, Votes.none(team.id()));
        });
        return Arbitraries.oneOf(tooFew, noCommonStart);
    }

    /** Inputs small enough for brute-force enumeration: 1–4 secretaries, 60 min grid, ≤ 6 h days. */
    public static Arbitrary<PhoneScenario> smallScenarios() {
        return scenarios(smallPolicies(), 1, 4);
    }

    /**
     * How many windows cover the longest service day of the policy {@code minOnPhone} times: the count a
     * team needs at least (PH-4), computed directly from the numbers.
     */
    public static int windowsNeeded(PhonePolicy policy) {
        int longest = policy.serviceHours().values().stream().mapToInt(ServiceHours::minutes).max().orElse(0);
        return policy.minOnPhone() * ((longest + policy.windowMinutes() - 1) / policy.windowMinutes());
    }

    /**
     * Working calendars in Europe/Helsinki: one or two payroll runs a month on random days and up to three
     * extra closed days in 2025.
     */
    public static Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<PayrollRuns> runs = Arbitraries.integers().between(1, 31).set().ofMinSize(1).ofMaxSize(2)
                .map(days -> new PayrollRuns.Monthly(List.copyOf(days)));
        Arbitrary<Set<LocalDate>> closed = Arbitraries.integers().between(0, 364)
                .map(d -> LocalDate.of(2025, 1, 1).plusDays(d)).set().ofMaxSize(3);
        return Combinators.combine(runs, closed).as((r, c) -> new WorkingCalendar(WorkingCalendar.HELSINKI, r, c));
    }

    /**
     * Up to eight absences of the team's secretaries starting in {@code [from, to]}, 1–12 days long, of any
     * kind (short and long ones, overlapping pairs included).
     */
    public static Arbitrary<Absences> absences(ServiceTeam team, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        Arbitrary<Absence> absence = Combinators.combine(Arbitraries.of(team.members()),
                Arbitraries.integers().between(0, days), Arbitraries.integers().between(0, 11),
                Arbitraries.of(AbsenceKind.class))
                .as((s, start, length, kind) -> new Absence(s, from.plusDays(start), from.plusDays(start + length), kind));
        return absence.list().ofMaxSize(8).map(Absences::of);
    }
}
