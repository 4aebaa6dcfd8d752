package fi.hoitomalli.benchmarks.peers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One benchmark instance of phone-hour scheduling (puhelinaikojen suunnittelu, PH-1 … PH-10 in docs/rules.md), in a
 * solver-neutral JSON shape that Timefold, CP-SAT and our scheduler all read: teams with their policy,
 * their secretaries' substitute pairs, the customers' votes already tallied per secretary, and the
 * calendar of the plan period (holidays, payroll-run days, absences) that the expanded plan must follow.
 *
 * @param name a unique file-friendly name, e.g. {@code t100-year-bimodal-s1}
 * @param seed the generator seed
 * @param teamsCount how many teams (10, 30, 100, 300)
 * @param horizon {@code month}, {@code quarter} or {@code year}
 * @param profile the vote profile: {@code peaked}, {@code bimodal} or {@code flat}
 * @param from first day of the plan period
 * @param to last day of the plan period
 * @param holidays Finnish public holidays in the period (PH-6)
 * @param payrollDays payroll-run days in the period, two a month (PH-6)
 * @param teams the teams
 * @param designedFeasible whether the generator meant every team to be feasible
 * @param note what was made infeasible, or empty
 */
public record PeerInstance(String name, long seed, int teamsCount, String horizon, String profile, LocalDate from,
                           LocalDate to, List<LocalDate> holidays, List<LocalDate> payrollDays, List<Team> teams,
                           boolean designedFeasible, String note) {
    public PeerInstance {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(horizon, "horizon must not be null");
        Objects.requireNonNull(profile, "profile must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(note, "note must not be null");
        holidays = List.copyOf(holidays);
        payrollDays = List.copyOf(payrollDays);
        teams = List.copyOf(teams);
        checkArgument(!to.isBefore(from), "period ends before it starts");
    }

    /** How many secretaries in all teams. */
    public int secretaries() {
        return teams.stream().mapToInt(t -> t.secretaries().size()).sum();
    }

    /**
     * A service team.
     *
     * @param id team id
     * @param lead the team lead's staff id
     * @param secretaries the members in order; consecutive members are paired
     * @param pairs substitute pairs (PH-5, PH-7)
     * @param policy the team's phone policy
     * @param votes the votes of each secretary's own customers, per weekday and grid slot (PH-8)
     * @param absences absences in the period (PH-7)
     */
    public record Team(String id, String lead, List<String> secretaries, List<Pair> pairs, Policy policy,
                       List<Tally> votes, List<Away> absences) {
        public Team {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(lead, "lead must not be null");
            Objects.requireNonNull(policy, "policy must not be null");
            secretaries = List.copyOf(secretaries);
            pairs = List.copyOf(pairs);
            votes = List.copyOf(votes);
            absences = List.copyOf(absences);
        }

        /** The partner's index in {@link #secretaries()}, or -1 for an unpaired secretary. */
        public int partnerIndex(int member) {
            String who = secretaries.get(member);
            for (Pair p : pairs) {
                if (p.first().equals(who)) {
                    return secretaries.indexOf(p.second());
                }
                if (p.second().equals(who)) {
                    return secretaries.indexOf(p.first());
                }
            }
            return -1;
        }
    }

    /**
     * A substitute pair.
     *
     * @param first one secretary
     * @param second the other
     */
    public record Pair(String first, String second) {
        public Pair {
            Objects.requireNonNull(first, "first must not be null");
            Objects.requireNonNull(second, "second must not be null");
        }
    }

    /**
     * A team's phone policy (PH-1 … PH-6).
     *
     * @param hours service hours per weekday
     * @param windowMinutes phone window length
     * @param gridMinutes grid
     * @param minQuietMinutes minimum quiet time per working day (PH-3)
     * @param minOnPhone coverage per grid slot (PH-4)
     * @param sameStartAllWeek one start for all weekdays (PH-2)
     * @param payrollWindowMinutes window length on payroll-run days, 0 = no window that day (PH-6)
     */
    public record Policy(Map<DayOfWeek, Hours> hours, int windowMinutes, int gridMinutes, int minQuietMinutes,
                         int minOnPhone, boolean sameStartAllWeek, int payrollWindowMinutes) {
        public Policy {
            hours = java.util.Collections.unmodifiableMap(new EnumMap<>(hours));
            checkArgument(windowMinutes > 0 && gridMinutes > 0 && windowMinutes % gridMinutes == 0,
                    "window must be a positive multiple of the grid");
            checkArgument(minOnPhone >= 1, "minOnPhone must be positive");
        }
    }

    /**
     * Service hours of one weekday.
     *
     * @param opens first slot start
     * @param closes last slot end
     */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            Objects.requireNonNull(opens, "opens must not be null");
            Objects.requireNonNull(closes, "closes must not be null");
            checkArgument(opens.isBefore(closes), "hours end before they start");
        }

        /** Opening as a minute of the day. */
        public int opensMinute() {
            return opens.toSecondOfDay() / 60;
        }

        /** Closing as a minute of the day. */
        public int closesMinute() {
            return closes.toSecondOfDay() / 60;
        }
    }

    /**
     * The votes of a secretary's own customers for one grid slot of one weekday.
     *
     * @param secretary whose customers
     * @param day weekday
     * @param slot start of the grid slot
     * @param votes positive
     */
    public record Tally(String secretary, DayOfWeek day, LocalTime slot, int votes) {
        public Tally {
            Objects.requireNonNull(secretary, "secretary must not be null");
            Objects.requireNonNull(day, "day must not be null");
            Objects.requireNonNull(slot, "slot must not be null");
            checkArgument(votes > 0, "votes must be positive");
        }
    }

    /**
     * An absence.
     *
     * @param secretary who
     * @param from first day away
     * @param to last day away
     * @param kind {@code SICK_LEAVE}, {@code ANNUAL_LEAVE}, ... (core's {@code AbsenceKind} names)
     */
    public record Away(String secretary, LocalDate from, LocalDate to, String kind) {
        public Away {
            Objects.requireNonNull(secretary, "secretary must not be null");
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(kind, "kind must not be null");
        }
    }
}
