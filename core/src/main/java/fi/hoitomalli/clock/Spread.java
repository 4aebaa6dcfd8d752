package fi.hoitomalli.clock;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a year's usable days into one stretch per wanted occurrence, so occurrences spread evenly. */
final class Spread {

    private Spread() {
    }

    /**
     * {@code n} consecutive stretches of the (sorted) days: each month split evenly when {@code n} is a
     * multiple of the number of months (so "monthly" means one a month), otherwise the days split evenly.
     * A stretch is empty when there are fewer days than stretches.
     */
    static List<List<LocalDate>> segments(List<LocalDate> days, int n) {
        Map<Month, List<LocalDate>> byMonth = new LinkedHashMap<>();
        days.forEach(d -> byMonth.computeIfAbsent(d.getMonth(), m -> new ArrayList<>()).add(d));
        if (!byMonth.isEmpty() && n % byMonth.size() == 0) {
            List<List<LocalDate>> result = new ArrayList<>();
            byMonth.values().forEach(monthDays -> result.addAll(split(monthDays, n / byMonth.size())));
            return result;
        }
        return split(days, n);
    }

    private static List<List<LocalDate>> split(List<LocalDate> days, int parts) {
        List<List<LocalDate>> result = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = (int) ((long) i * days.size() / parts);
            int to = (int) ((long) (i + 1) * days.size() / parts);
            result.add(List.copyOf(days.subList(from, to)));
        }
        return result;
    }
}
