package fi.hoitomalli.phone;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import fi.hoitomalli.calendar.WorkingCalendar;

/**
 * Random scheduling units for the search's own tests, drawn from a seed: one weekday or two weekdays
 * with different hours and the same start, 30 or 60 min grid, windows of 1–3 grid steps, {@code minOnPhone}
 * 1–3, singles and pairs in any mix, pairs apart or not (PH-5 relaxed), scores all zero, tied, spread or
 * sparse. Independent of the search: coverage and pair separation are checked from minutes.
 */
final class CoverageCases {

    /**
     * One unit with its team.
     *
     * @param unit the unit
     * @param minOnPhone coverage per slot
     * @param pairsApart PH-5
     * @param groups the groups in order
     * @param scores votes per member per candidate
     */
    record Unit(ScheduleUnit unit, int minOnPhone, boolean pairsApart, List<CoverageSearch.Group> groups,
                long[][] scores) {

        int members() {
            return scores.length;
        }

        /** Whether members {@code a} and {@code b} at candidates {@code ca}, {@code cb} respect PH-5. */
        boolean apart(int ca, int cb) {
            return !pairsApart || Math.abs(unit.candidates[ca] - unit.candidates[cb]) >= unit.window;
        }

        /** Windows over each slot for the given starts (candidate index per member, -1 = not placed). */
        int[] coverage(int[] starts) {
            int[] cov = new int[unit.slots.length];
            for (int start : starts) {
                if (start < 0) {
                    continue;
                }
                for (int s = 0; s < cov.length; s++) {
                    int t = unit.candidates[start];
                    if (t <= unit.slots[s] && unit.slots[s] < t + unit.window) {
                        cov[s]++;
                    }
                }
            }
            return cov;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("slots ").append(java.util.Arrays.toString(unit.slots))
                    .append(" candidates ").append(java.util.Arrays.toString(unit.candidates))
                    .append(" window ").append(unit.window).append(" m ").append(minOnPhone)
                    .append(" pairsApart ").append(pairsApart).append(" groups");
            groups.forEach(g -> out.append(' ').append(java.util.Arrays.toString(g.members())));
            out.append(" scores");
            for (long[] row : scores) {
                out.append(' ').append(java.util.Arrays.toString(row));
            }
            return out.toString();
        }
    }

    private CoverageCases() {
    }

    /** A unit with {@code minMembers}–{@code maxMembers} members and at most {@code maxSlots} slots a day. */
    static Unit unit(SplittableRandom r, int minMembers, int maxMembers, int maxSlots) {
        int grid = r.nextBoolean() ? 30 : 60;
        int k = 1 + r.nextInt(3);
        int n = Math.min((23 * 60 - 8 * 60) / grid - 1, k + r.nextInt(Math.max(1, maxSlots - k + 1)));
        Map<DayOfWeek, ServiceHours> hours = new EnumMap<>(DayOfWeek.class);
        LocalTime opens = LocalTime.of(8, 0);
        hours.put(DayOfWeek.MONDAY, new ServiceHours(opens, opens.plusMinutes((long) n * grid)));
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.MONDAY));
        if (r.nextInt(4) == 0) {
            // a second day with other hours; the same start both days, so candidates are the intersection
            int shift = r.nextInt(2);
            int len = Math.min((23 * 60 - 8 * 60) / grid - shift, Math.max(k + shift, n - 1 + r.nextInt(3)));
            LocalTime o = opens.plusMinutes((long) shift * grid);
            hours.put(DayOfWeek.TUESDAY, new ServiceHours(o, o.plusMinutes((long) len * grid)));
            days.add(DayOfWeek.TUESDAY);
        }
        int m = 1 + r.nextInt(3);
        PhonePolicy policy = new PhonePolicy(hours, Duration.ofMinutes((long) k * grid), Duration.ofMinutes(grid),
                Duration.ZERO, m, days.size() > 1, new PayrollDayRule.Drop(), WorkingCalendar.HELSINKI);
        ScheduleUnit unit = new ScheduleUnit(days, policy);
        int members = minMembers + r.nextInt(maxMembers - minMembers + 1);
        List<CoverageSearch.Group> groups = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            if (i + 1 < members && r.nextBoolean()) {
                groups.add(new CoverageSearch.Group(r.nextBoolean() ? new int[] {i, i + 1} : new int[] {i + 1, i}));
                i++;
            } else {
                groups.add(new CoverageSearch.Group(new int[] {i}));
            }
        }
        int c = unit.candidates.length;
        long[][] scores = new long[members][c];
        int mode = r.nextInt(4);
        for (int i = 0; i < members; i++) {
            for (int j = 0; j < c; j++) {
                scores[i][j] = switch (mode) {
                    case 0 -> 0;
                    case 1 -> r.nextInt(3);
                    case 2 -> r.nextInt(31);
                    default -> r.nextInt(4) == 0 ? r.nextInt(200) : 0;
                };
            }
        }
        return new Unit(unit, m, r.nextInt(4) != 0, groups, scores);
    }

    /**
     * The best total score of the members of groups {@code from …} over every placement that, together
     * with the fixed starts of the others, covers every slot {@code minOnPhone} times and keeps pairs
     * apart; {@code Long.MIN_VALUE} when there is none. Plain enumeration.
     */
    static long bestCompletion(Unit u, int from, int[] fixed) {
        List<Integer> free = new ArrayList<>();
        for (int g = from; g < u.groups().size(); g++) {
            for (int member : u.groups().get(g).members()) {
                free.add(member);
            }
        }
        int c = u.unit().candidates.length;
        int[] starts = fixed.clone();
        long best = Long.MIN_VALUE;
        long combos = 1;
        for (int i = 0; i < free.size(); i++) {
            combos *= c;
        }
        for (long code = 0; code < combos; code++) {
            long rest = code;
            for (int member : free) {
                starts[member] = (int) (rest % c);
                rest /= c;
            }
            if (!valid(u, starts)) {
                continue;
            }
            long score = 0;
            for (int member : free) {
                score += u.scores()[member][starts[member]];
            }
            best = Math.max(best, score);
        }
        return best;
    }

    /** Every slot covered {@code minOnPhone} times and every placed pair apart. */
    static boolean valid(Unit u, int[] starts) {
        for (int cov : u.coverage(starts)) {
            if (cov < u.minOnPhone()) {
                return false;
            }
        }
        for (CoverageSearch.Group g : u.groups()) {
            int[] members = g.members();
            if (members.length == 2 && starts[members[0]] >= 0 && starts[members[1]] >= 0
                    && !u.apart(starts[members[0]], starts[members[1]])) {
                return false;
            }
        }
        return true;
    }
}
