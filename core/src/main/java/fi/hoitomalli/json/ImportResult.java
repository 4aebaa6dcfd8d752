package fi.hoitomalli.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.CustomerBase;

/**
 * The outcome of a customer-directory import: all or nothing. Either every row was valid and the whole
 * customer base was built, or nothing was imported and the bad rows are reported.
 */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Rejected {

    /**
     * The imported customer base.
     *
     * @throws InvalidInputException when the import was rejected: with every listed row violation (as
     *     {@link RowViolation#toViolation()}) and, when some were left out, one more violation saying how many
     */
    CustomerBase orThrow();

    /**
     * Every row was valid.
     *
     * @param customerBase the structure and customers of the files
     */
    record Imported(CustomerBase customerBase) implements ImportResult {
        /** @throws NullPointerException if the customer base is null */
        public Imported {
            Objects.requireNonNull(customerBase, "customerBase must not be null");
        }

        @Override
        public CustomerBase orThrow() {
            return customerBase;
        }
    }

    /**
     * Nothing was imported. However bad the files, the report stays small: the first violations (by file,
     * line and column; at most {@link CustomerCsvImport#MAX_LISTED_VIOLATIONS}) are listed in full, and every
     * violation found is counted, in all and per message key.
     *
     * @param violations the first violations found, ordered by file, line and column; at least one
     * @param total how many violations were found in all, listed or not
     * @param countsByRule how many violations were found per message key ({@link RowViolation#rule()}); the
     *     counts add up to {@code total}
     */
    record Rejected(List<RowViolation> violations, long total, Map<String, Long> countsByRule)
            implements ImportResult {

        /**
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if no violation is listed, if more are listed than found, or if
         *     the counts do not add up to the total or miss a listed violation's rule
         */
        public Rejected {
            violations = ImmutableList.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
            countsByRule = ImmutableSortedMap.copyOf(Objects.requireNonNull(countsByRule, "countsByRule must not be null"));
            checkArgument(!violations.isEmpty(), "a rejected import has at least one violation");
            checkArgument(total >= violations.size(), "total %s is below the %s listed violations", total,
                    violations.size());
            checkArgument(countsByRule.values().stream().allMatch(n -> n > 0), "counts are positive: %s", countsByRule);
            checkArgument(countsByRule.values().stream().mapToLong(Long::longValue).sum() == total,
                    "the counts %s do not add up to the total %s", countsByRule, total);
            for (RowViolation v : violations) {
                checkArgument(countsByRule.containsKey(v.rule()), "listed rule %s is not counted", v.rule());
            }
        }

        /**
         * A report that lists every violation found.
         *
         * @throws NullPointerException if the list is null
         * @throws IllegalArgumentException if it is empty
         */
        public Rejected(List<RowViolation> violations) {
            this(violations, violations.size(), countsOf(violations));
        }

        private static Map<String, Long> countsOf(List<RowViolation> violations) {
            Map<String, Long> counts = new TreeMap<>();
            violations.forEach(v -> counts.merge(v.rule(), 1L, Long::sum));
            return counts;
        }

        /** How many violations were found but not listed; 0 when the list is complete. */
        public long omitted() {
            return total - violations.size();
        }

        @Override
        public CustomerBase orThrow() {
            List<Violation> all = new ArrayList<>(violations.size() + 1);
            violations.forEach(v -> all.add(v.toViolation()));
            if (omitted() > 0) {
                all.add(new Violation("", "fi.hoitomalli.json.csv.omitted",
                        Messages.text("fi.hoitomalli.json.csv.omitted", "omitted", omitted(), "total", total)));
            }
            throw new InvalidInputException(all);
        }

        /** The distinct line numbers of the given file that have at least one listed violation, ascending. */
        public List<Integer> badLines(DirectoryCsvFile file) {
            return violations.stream().filter(v -> v.file() == file).map(RowViolation::line)
                    .distinct().sorted().toList();
        }
    }
}
