package fi.hoitomalli.forms;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One group of a broken-down summary: its values in the summary's dimensions and its figures.
 *
 * @param key the group's value for each dimension of the summary, in the same order
 * @param figures the group's figures
 */
public record SummaryRow(List<String> key, Figures figures) {
    public SummaryRow {
        key = ImmutableList.copyOf(Objects.requireNonNull(key, "key must not be null"));
        Objects.requireNonNull(figures, "figures must not be null");
    }
}
