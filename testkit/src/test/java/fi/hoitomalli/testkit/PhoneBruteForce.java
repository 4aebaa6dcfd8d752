package fi.hoitomalli.testkit;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.ServiceHours;
import fi.hoitomalli.phone.SlotTally;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;

/**
 * An independent, naive reference for the scheduler: enumerates every vector of starts per unit and keeps
 * the best by score, ties by the lexicographically smallest vector in group order.
 */
final class PhoneBruteForce {

    /** Best starts (minutes) per unit in group order, and the total score; null when infeasible. */
    record Result(List<int[]> startsPerUnit, long score) {
    }

    private PhoneBruteForce() {
    }

    static List<SecretaryId> groupOrder(ServiceTeam team) {
        List<SecretaryId> out = new ArrayList<>();
        for (SecretaryId s : team.members()) {
            if (!out.contains(s)) {
                out.add(s);
                team.partnerOf(s).ifPresent(out::add);
            }
        }
        return out;
    }

    static List<List<DayOfWeek>> units(PhonePolicy policy) {
        List<DayOfWeek> days = List.copyOf(policy.serviceHours().keySet());
        if (policy.sameStartAllWeek()) {
            return List.of(days);
        }
        return days.stream().map(List::of).toList();
    }

    static Result solve(ServiceTeam team, PhonePolicy policy, List<SlotTally> tallies) {
        int w = policy.windowMinutes();
        int g = policy.gridMinutes();
        if (!team.pairs().isEmpty()) {
            for (ServiceHours h : policy.serviceHours().values()) {
                if (h.minutes() - 2 * w < policy.minQuietMinutes()) {
                    return null; // PH-3: covering the partner must leave the quiet time
                }
            }
        }
        List<SecretaryId> order = groupOrder(team);
        List<int[]> best = new ArrayList<>();
        long total = 0;
        for (List<DayOfWeek> unit : units(policy)) {
            List<Integer> candidates = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            for (int t = 0; t < 24 * 60; t++) {
                boolean ok = true;
                boolean slot = false;
                for (DayOfWeek d : unit) {
                    ServiceHours h = policy.hoursOn(d).orElseThrow();
                    int open = h.opens().toSecondOfDay() / 60;
                    int close = h.closes().toSecondOfDay() / 60;
                    boolean onGrid = t >= open && (t - open) % g == 0;
                    ok &= onGrid && t + w <= close;
                    slot |= onGrid && t < close;
                }
                if (ok) {
                    candidates.add(t);
                }
                if (slot) {
                    slots.add(t);
                }
            }
            int n = order.size();
            int c = candidates.size();
            long combos = (long) Math.pow(c, n);
            long bestScore = -1;
            int[] bestStarts = null;
            int[] idx = new int[n];
            for (long k = 0; k < combos; k++) {
                long rest = k;
                for (int i = n - 1; i >= 0; i--) {
                    idx[i] = (int) (rest % c);
                    rest /= c;
                }
                int[] starts = new int[n];
                for (int i = 0; i < n; i++) {
                    starts[i] = candidates.get(idx[i]);
                }
                if (!valid(team, order, starts, slots, w, policy.minOnPhone())) {
                    continue;
                }
                long score = 0;
                for (SlotTally t : tallies) {
                    int i = order.indexOf(t.secretary());
                    int s = t.slot().toSecondOfDay() / 60;
                    if (unit.contains(t.day()) && starts[i] <= s && s < starts[i] + w) {
                        score += t.votes();
                    }
                }
                if (score > bestScore) { // enumeration is in lexicographic order: the first best is the smallest
                    bestScore = score;
                    bestStarts = starts;
                }
            }
            if (bestStarts == null) {
                return null;
            }
            best.add(bestStarts);
            total += bestScore;
        }
        return new Result(best, total);
    }

    private static boolean valid(ServiceTeam team, List<SecretaryId> order, int[] starts, List<Integer> slots, int w,
                                 int minOnPhone) {
        for (int s : slots) {
            int on = 0;
            for (int t : starts) {
                if (t <= s && s < t + w) {
                    on++;
                }
            }
            if (on < minOnPhone) {
                return false;
            }
        }
        for (var pair : team.pairs()) {
            int a = starts[order.indexOf(pair.first())];
            int b = starts[order.indexOf(pair.second())];
            if (Math.abs(a - b) < w) {
                return false;
            }
        }
        return true;
    }
}
