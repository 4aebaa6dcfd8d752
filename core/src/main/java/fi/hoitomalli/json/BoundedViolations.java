package fi.hoitomalli.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Supplier;
import fi.hoitomalli.common.LocalizedText;

/**
 * The violations of one import, in bounded memory and time: the first {@code limit} by file, line and
 * column are kept in full (whatever order they are found in, so deferred cross-row checks land in their
 * place), every violation is counted in all and per message key, and the message of one that is not kept
 * is never built. The number of distinct keys is fixed by the rules, so nothing here grows with the number
 * of bad rows.
 */
final class BoundedViolations {

    /** The report order; ties keep the order found, so the same files always give the same report. */
    static final Comparator<RowViolation> ORDER = Comparator
            .comparing(RowViolation::file)
            .thenComparingInt(RowViolation::line)
            .thenComparingInt(v -> v.file().columns().indexOf(v.column()))
            .thenComparing(RowViolation::rule);

    /** Where a violation sorts, known before its message is built. */
    private record Place(DirectoryCsvFile file, int line, int column, String rule, long sequence) {
    }

    private static final Comparator<Place> PLACE_ORDER = Comparator
            .comparing(Place::file)
            .thenComparingInt(Place::line)
            .thenComparingInt(Place::column)
            .thenComparing(Place::rule)
            .thenComparingLong(Place::sequence);

    private record Kept(Place place, RowViolation violation) {
    }

    private static final Comparator<Kept> KEPT_ORDER = Comparator.comparing(Kept::place, PLACE_ORDER);

    private final int limit;
    /** The kept violations, the last in report order at the head so it can be dropped first. */
    private final PriorityQueue<Kept> kept;
    private final Map<String, Long> countsByRule = new TreeMap<>();
    private long total;

    BoundedViolations(int limit) {
        this.limit = limit;
        this.kept = new PriorityQueue<>(KEPT_ORDER.reversed());
    }

    void add(RowViolation violation) {
        add(violation.file(), violation.fileName(), violation.line(), violation.column(), violation.rule(),
                violation::message);
    }

    /** Counts a violation; builds its message only when it is among the first {@code limit}. */
    void add(DirectoryCsvFile file, String fileName, int line, String column, String rule,
             Supplier<LocalizedText> message) {
        countsByRule.merge(rule, 1L, Long::sum);
        Place place = new Place(file, line, file.columns().indexOf(column), rule, total++);
        boolean full = kept.size() >= limit;
        if (full && PLACE_ORDER.compare(place, kept.peek().place()) > 0) {
            return;
        }
        if (full) {
            kept.poll();
        }
        kept.add(new Kept(place, new RowViolation(file, fileName, line, column, rule, message.get())));
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The report; only when at least one violation was found. */
    ImportResult.Rejected rejected() {
        List<RowViolation> listed = new ArrayList<>(kept.size());
        kept.stream().sorted(KEPT_ORDER).forEach(k -> listed.add(k.violation()));
        return new ImportResult.Rejected(listed, total, countsByRule);
    }
}
