package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A summary next to the one of the previous period (vertailu edelliseen jaksoon).
 *
 * @param current the summary of the period
 * @param previous the summary of the previous period, with the same dimensions
 */
public record SummaryComparison(FeedbackSummary current, FeedbackSummary previous) {
    public SummaryComparison {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        checkArgument(current.dimensions().equals(previous.dimensions()), "summaries have different dimensions");
    }

    /**
     * The change of one group's count.
     *
     * @param key the group
     * @param currentCount feedback in the period
     * @param previousCount feedback in the previous period
     */
    public record Change(List<String> key, long currentCount, long previousCount) {
        public Change {
            key = List.copyOf(Objects.requireNonNull(key, "key must not be null"));
        }

        /** Current minus previous. */
        public long delta() {
            return currentCount - previousCount;
        }
    }

    /** The change of the total count. */
    public Change totalChange() {
        return new Change(List.of(), current.total().count(), previous.total().count());
    }

    /** The change of every group that had feedback in either period, ordered by key. */
    public List<Change> changes() {
        TreeSet<List<String>> keys = new TreeSet<>(FeedbackSummaries.KEY_ORDER);
        current.rows().forEach(r -> keys.add(r.key()));
        previous.rows().forEach(r -> keys.add(r.key()));
        return keys.stream().map(k -> new Change(k, countOf(current, k), countOf(previous, k))).toList();
    }

    private static long countOf(FeedbackSummary summary, List<String> key) {
        return summary.row(key).map(r -> r.figures().count()).orElse(0L);
    }
}
