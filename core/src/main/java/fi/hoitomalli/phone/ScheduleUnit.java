package fi.hoitomalli.phone;

import java.time.DayOfWeek;
import java.util.List;
import java.util.TreeSet;

/**
 * One independent scheduling problem: a single weekday, or every service weekday at once when the start
 * is the same all week. Times are minutes of the day.
 */
final class ScheduleUnit {

    final List<DayOfWeek> days;
    /** Start minute of every slot that must be covered (union over the days), ascending. */
    final int[] slots;
    /** Possible window starts: on every day's grid, the whole window inside every day's hours, ascending. */
    final int[] candidates;
    final int window;
    final int grid;

    ScheduleUnit(List<DayOfWeek> days, PhonePolicy policy) {
        this.days = List.copyOf(days);
        this.window = policy.windowMinutes();
        this.grid = policy.gridMinutes();
        TreeSet<Integer> slotSet = new TreeSet<>();
        TreeSet<Integer> candidateSet = null;
        for (DayOfWeek day : days) {
            ServiceHours hours = policy.hoursOn(day).orElseThrow();
            int opens = hours.opens().toSecondOfDay() / 60;
            int closes = hours.closes().toSecondOfDay() / 60;
            TreeSet<Integer> mine = new TreeSet<>();
            for (int t = opens; t < closes; t += grid) {
                slotSet.add(t);
                if (t + window <= closes) {
                    mine.add(t);
                }
            }
            if (candidateSet == null) {
                candidateSet = mine;
            } else {
                candidateSet.retainAll(mine);
            }
        }
        this.slots = slotSet.stream().mapToInt(Integer::intValue).toArray();
        this.candidates = candidateSet.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the candidate window covers the slot. */
    boolean covers(int candidate, int slot) {
        int t = candidates[candidate];
        int s = slots[slot];
        return t <= s && s < t + window;
    }

    /** The span from the first possible start to the end of the last possible window, in minutes. */
    int span() {
        return candidates.length == 0 ? 0 : candidates[candidates.length - 1] + window - candidates[0];
    }

    /** The covered length in minutes (slots times grid). */
    int coveredMinutes() {
        return slots.length * grid;
    }
}
