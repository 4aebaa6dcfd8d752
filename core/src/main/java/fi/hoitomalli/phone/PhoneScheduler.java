package fi.hoitomalli.phone;

import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.SubstitutePair;

/**
 * The phone-hour scheduler (puhelinaikojen suunnittelu): for one team, its policy and its customers'
 * votes, a weekly template that satisfies PH-1 … PH-5 and maximises PH-8, or the conflicting rules.
 *
 * <p><b>Objective (PH-8).</b> The sum over secretaries of their own customers' votes for slots inside
 * their own window, over all weekdays. <b>Tie-break.</b> Among optimal templates the one whose vector of
 * starts is lexicographically smallest, the vector listing per unit (one weekday, or the whole week when
 * the start is the same all week) the start of every secretary in <em>group order</em>: the team's
 * member order, except that a pair's second member comes right after its first. For teams whose pairs
 * are consecutive members (as in Vantaa) group order is member order.
 *
 * <p><b>Proof.</b> {@link CoverageSearch} is a branch-and-bound that skips only subtrees proven unable to
 * beat the best found (by valid upper bounds, the strongest a Lagrangian relaxation of the coverage rule
 * computed exactly in integers), so it is exhaustive by construction; the result's
 * {@link OptimalityProof} states objective == bound. Deterministic: no randomness, no hash-order
 * dependence. Stateless and thread-safe.
 */
public final class PhoneScheduler {

    /** The rules {@link #relaxing} can switch off. */
    public static final Set<String> RELAXABLE = ImmutableSet.of("PH-2", "PH-3", "PH-4", "PH-5");

    private final Set<String> relaxed;

    private PhoneScheduler(Set<String> relaxed) {
        this.relaxed = ImmutableSet.copyOf(relaxed);
    }

    /** The scheduler with every rule. */
    public static PhoneScheduler standard() {
        return new PhoneScheduler(Set.of());
    }

    /**
     * A what-if scheduler that ignores the given rules: {@code PH-2} (start may differ by weekday),
     * {@code PH-3} (quiet time on covering days), {@code PH-4} (coverage), {@code PH-5} (pairs may
     * overlap). Its templates break those rules; use it to see which rule blocks a team.
     *
     * @throws IllegalArgumentException for a rule outside {@link #RELAXABLE}
     */
    public PhoneScheduler relaxing(Set<String> rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        for (String rule : rules) {
            com.google.common.base.Preconditions.checkArgument(RELAXABLE.contains(rule), "cannot relax %s", rule);
        }
        Set<String> all = new LinkedHashSet<>(relaxed);
        all.addAll(rules);
        return new PhoneScheduler(all);
    }

    /**
     * Schedules one team.
     *
     * @throws InvalidInputException when the votes are for another team, secretaries outside the team or
     *     slots that are not grid slots of the policy (nothing is scheduled then)
     */
    public ScheduleResult schedule(ServiceTeam team, PhonePolicy policy, Votes votes) {
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(votes, "votes must not be null");
        List<Violation> bad = votes.violationsFor(team, policy);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        List<SecretaryId> members = team.members();
        List<CoverageSearch.Group> groups = groups(team);
        boolean sameStart = policy.sameStartAllWeek() && !relaxed.contains("PH-2");
        int m = relaxed.contains("PH-4") ? 0 : policy.minOnPhone();
        boolean pairsApart = !relaxed.contains("PH-5");
        List<DayOfWeek> days = List.copyOf(policy.serviceHours().keySet());

        Set<Conflict> conflicts = new LinkedHashSet<>();
        for (DayOfWeek day : days) {
            conflicts.addAll(quietChecks(day, team, policy));
        }
        List<ScheduleUnit> units = new ArrayList<>();
        if (sameStart) {
            ScheduleUnit week = new ScheduleUnit(days, policy);
            List<Conflict> weekConflicts = sameStartChecks(week, policy, m);
            if (weekConflicts.isEmpty()) {
                conflicts.addAll(coverageChecks(week, Optional.empty(), team, m, pairsApart));
            } else {
                // Relaxing PH-2 must make the team feasible, so the per-day problems are checked now too.
                List<Conflict> perDay = new ArrayList<>();
                for (DayOfWeek day : days) {
                    perDay.addAll(coverageChecks(new ScheduleUnit(List.of(day), policy), Optional.of(day), team, m, pairsApart));
                }
                for (DayOfWeek day : days) {
                    ScheduleUnit unit = new ScheduleUnit(List.of(day), policy);
                    if (perDay.isEmpty() && solve(unit, groups, members, votes, m, pairsApart) == null) {
                        perDay.add(pairConflict(unit, Optional.of(day), team, m));
                    }
                }
                conflicts.addAll(perDay);
            }
            conflicts.addAll(weekConflicts);
            units.add(week);
        } else {
            for (DayOfWeek day : days) {
                ScheduleUnit unit = new ScheduleUnit(List.of(day), policy);
                conflicts.addAll(coverageChecks(unit, Optional.of(day), team, m, pairsApart));
                units.add(unit);
            }
        }
        if (!conflicts.isEmpty()) {
            return new ScheduleResult.Infeasible(team.id(), List.copyOf(conflicts));
        }
        List<PhoneWindow> windows = new ArrayList<>();
        long bound = 0;
        long relaxedBound = 0;
        long states = 0;
        for (ScheduleUnit unit : units) {
            long[][] scores = scores(unit, members, votes);
            CoverageSearch search = new CoverageSearch(unit, m);
            CoverageSearch.Best best = search.solve(groups, scores, pairsApart);
            if (best == null) {
                Optional<DayOfWeek> day = unit.days.size() == 1 ? Optional.of(unit.days.get(0)) : Optional.empty();
                return new ScheduleResult.Infeasible(team.id(), List.of(pairConflict(unit, day, team, m)));
            }
            bound += best.score();
            relaxedBound += best.relaxed();
            states += best.states();
            for (int i = 0; i < members.size(); i++) {
                int start = unit.candidates[best.startIndex()[i]];
                for (DayOfWeek day : unit.days) {
                    windows.add(new PhoneWindow(members.get(i), day, time(start), time(start + unit.window)));
                }
            }
        }
        WeeklyTemplate template = new WeeklyTemplate(team.id(), windows);
        return new ScheduleResult.Scheduled(template,
                new OptimalityProof(objective(template, votes), bound, relaxedBound, states));
    }

    /**
     * The PH-8 objective of any template: the votes of each secretary's own customers for slots inside
     * her window on the voted weekday.
     */
    public static long objective(WeeklyTemplate template, Votes votes) {
        Map<SecretaryId, List<PhoneWindow>> bySecretary = new HashMap<>();
        for (PhoneWindow w : template.windows()) {
            bySecretary.computeIfAbsent(w.secretary(), k -> new ArrayList<>()).add(w);
        }
        long sum = 0;
        for (SlotTally tally : votes.tallies()) {
            for (PhoneWindow w : bySecretary.getOrDefault(tally.secretary(), List.of())) {
                if (w.day() == tally.day()
                        && !tally.slot().isBefore(w.start()) && tally.slot().isBefore(w.end())) {
                    sum += tally.votes();
                }
            }
        }
        return sum;
    }

    private CoverageSearch.Best solve(ScheduleUnit unit, List<CoverageSearch.Group> groups, List<SecretaryId> members,
                                      Votes votes, int m, boolean pairsApart) {
        return new CoverageSearch(unit, m).solve(groups, scores(unit, members, votes), pairsApart);
    }

    private List<Conflict> quietChecks(DayOfWeek day, ServiceTeam team, PhonePolicy policy) {
        int window = policy.windowMinutes();
        int len = policy.hoursOn(day).orElseThrow().minutes();
        if (relaxed.contains("PH-3") || team.pairs().isEmpty() || len - 2 * window >= policy.minQuietMinutes()) {
            return List.of();
        }
        return List.of(conflict(List.of("PH-3"), Optional.of(day), "fi.hoitomalli.phone.conflict.coverQuiet",
                "day", day, "hours", PhonePolicy.hoursText(len), "window", PhonePolicy.hoursText(window),
                "quiet", PhonePolicy.hoursText(Math.max(0, len - 2 * window)),
                "min", PhonePolicy.hoursText(policy.minQuietMinutes())));
    }

    private static List<Conflict> coverageChecks(ScheduleUnit unit, Optional<DayOfWeek> day, ServiceTeam team, int m,
                                                 boolean pairsApart) {
        List<Conflict> out = new ArrayList<>();
        int window = unit.window;
        int needed = new CoverageSearch(unit, m).windowsNeeded();
        if (m > 0 && needed != Integer.MAX_VALUE && needed > team.members().size()) {
            out.add(conflict(List.of("PH-4"), day, "fi.hoitomalli.phone.conflict.tooFew",
                    "hours", PhonePolicy.hoursText(unit.coveredMinutes()), "window", PhonePolicy.hoursText(window),
                    "min", m, "needed", needed, "size", team.members().size(), "day", dayText(day)));
        }
        if (pairsApart && !team.pairs().isEmpty() && unit.candidates.length > 0 && unit.span() < 2 * window) {
            SubstitutePair pair = team.pairs().get(0);
            out.add(conflict(List.of("PH-5"), day, "fi.hoitomalli.phone.conflict.pairDoesNotFit",
                    "first", pair.first(), "second", pair.second(), "window", PhonePolicy.hoursText(window),
                    "need", PhonePolicy.hoursText(2L * window), "span", PhonePolicy.hoursText(unit.span()),
                    "day", dayText(day)));
        }
        return out;
    }

    private List<Conflict> sameStartChecks(ScheduleUnit week, PhonePolicy policy, int m) {
        if (week.candidates.length == 0) {
            return List.of(conflict(List.of("PH-2", "PH-1"), Optional.empty(), "fi.hoitomalli.phone.conflict.noCommonStart",
                    "window", PhonePolicy.hoursText(week.window), "hours", hoursList(policy)));
        }
        int uncoverable = new CoverageSearch(week, m).firstUncoverableSlot();
        if (uncoverable >= 0) {
            return List.of(conflict(List.of("PH-2", "PH-4"), Optional.empty(), "fi.hoitomalli.phone.conflict.unreachableSlot",
                    "slot", time(week.slots[uncoverable]), "window", PhonePolicy.hoursText(week.window),
                    "hours", hoursList(policy)));
        }
        return List.of();
    }

    private static Conflict pairConflict(ScheduleUnit unit, Optional<DayOfWeek> day, ServiceTeam team, int m) {
        return conflict(List.of("PH-4", "PH-5"), day, "fi.hoitomalli.phone.conflict.pairsBlockCoverage",
                "hours", PhonePolicy.hoursText(unit.coveredMinutes()), "window", PhonePolicy.hoursText(unit.window),
                "min", m, "pairs", team.pairs().size(), "size", team.members().size(), "day", dayText(day));
    }

    private static Conflict conflict(List<String> rules, Optional<DayOfWeek> day, String key, Object... args) {
        return new Conflict(rules, day, Messages.text(key, args));
    }

    private static String dayText(Optional<DayOfWeek> day) {
        return day.map(DayOfWeek::toString).orElse("MONDAY–FRIDAY");
    }

    private static String hoursList(PhonePolicy policy) {
        StringBuilder out = new StringBuilder();
        policy.serviceHours().forEach((d, h) -> out.append(out.length() == 0 ? "" : ", ")
                .append(d).append(' ').append(h.opens()).append('–').append(h.closes()));
        return out.toString();
    }

    static List<CoverageSearch.Group> groups(ServiceTeam team) {
        List<SecretaryId> members = team.members();
        List<CoverageSearch.Group> out = new ArrayList<>();
        boolean[] done = new boolean[members.size()];
        for (int i = 0; i < members.size(); i++) {
            if (done[i]) {
                continue;
            }
            done[i] = true;
            Optional<SecretaryId> partner = team.partnerOf(members.get(i));
            if (partner.isPresent()) {
                int j = members.indexOf(partner.get());
                done[j] = true;
                out.add(new CoverageSearch.Group(new int[] {i, j}));
            } else {
                out.add(new CoverageSearch.Group(new int[] {i}));
            }
        }
        return out;
    }

    private static long[][] scores(ScheduleUnit unit, List<SecretaryId> members, Votes votes) {
        Map<SecretaryId, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i), i);
        }
        long[][] scores = new long[members.size()][unit.candidates.length];
        for (SlotTally tally : votes.tallies()) {
            if (!unit.days.contains(tally.day())) {
                continue;
            }
            int i = index.get(tally.secretary());
            int slot = tally.slot().toSecondOfDay() / 60;
            for (int c = 0; c < unit.candidates.length; c++) {
                if (unit.candidates[c] <= slot && slot < unit.candidates[c] + unit.window) {
                    scores[i][c] += tally.votes();
                }
            }
        }
        return scores;
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }
}
