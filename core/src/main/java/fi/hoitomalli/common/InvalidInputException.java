package fi.hoitomalli.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input from outside (a form, a CSV file, an API call) broke one or more rules. Carries <em>every</em>
 * violation, not only the first, each with its localised message; nothing of the input was stored.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<Violation> violations;

    /**
     * @param violations at least one violation
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        checkArgument(!violations.isEmpty(), "an invalid input has at least one violation");
        this.violations = ImmutableList.copyOf(violations);
    }

    /** Every violation, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /** All messages in one language, one per line. */
    public String describe(Language language) {
        return violations.stream().map(v -> v.describe(language)).collect(Collectors.joining("\n"));
    }

    private static String summary(List<Violation> violations) {
        return violations.size() + " invalid value(s): "
                + violations.stream().map(v -> v.describe(Language.EN)).collect(Collectors.joining("; "));
    }
}
