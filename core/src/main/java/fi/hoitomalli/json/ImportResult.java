package fi.hoitomalli.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.customer.CustomerBase;

/**
 * The outcome of a customer-directory import: all or nothing. Either every row was valid and the whole
 * customer base was built, or nothing was imported and every bad row is reported.
 */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Rejected {

    /**
     * The imported customer base.
     *
     * @throws InvalidInputException with every row violation (as {@link RowViolation#toViolation()}) when
     *     the import was rejected
     */
    CustomerBase orThrow();

    /**
     * Every row was valid.
     *
     * @param customerBase the structure and customers of the files
     */
    record Imported(CustomerBase customerBase) implements ImportResult {
        public Imported {
            Objects.requireNonNull(customerBase, "customerBase must not be null");
        }

        @Override
        public CustomerBase orThrow() {
            return customerBase;
        }
    }

    /**
     * Nothing was imported.
     *
     * @param violations every violation found, by file, line and column; at least one
     */
    record Rejected(List<RowViolation> violations) implements ImportResult {
        public Rejected {
            violations = ImmutableList.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
            checkArgument(!violations.isEmpty(), "a rejected import has at least one violation");
        }

        @Override
        public CustomerBase orThrow() {
            throw new InvalidInputException(violations.stream().map(RowViolation::toViolation).toList());
        }

        /** The distinct line numbers of the given file that have at least one violation, ascending. */
        public List<Integer> badLines(DirectoryCsvFile file) {
            return violations.stream().filter(v -> v.file() == file).map(RowViolation::line)
                    .distinct().sorted().toList();
        }
    }
}
