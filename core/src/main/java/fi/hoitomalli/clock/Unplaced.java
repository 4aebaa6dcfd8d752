package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.LocalizedText;
import java.util.Objects;

/**
 * Why the planner placed fewer occurrences of a template than its cadence plans (the explanation the
 * annual clock gives instead of silently dropping activities).
 *
 * @param template the template
 * @param wanted how many the cadence plans
 * @param placed how many were placed, {@code 0 ≤ placed < wanted}
 * @param minimumMet whether the placed ones still meet the cadence's minimum
 * @param reason why not all could be placed
 * @param explanation the reason in fi, sv and en, naming the template
 */
public record Unplaced(TemplateId template, int wanted, int placed, boolean minimumMet, Reason reason,
                       LocalizedText explanation) {
    public Unplaced {
        Objects.requireNonNull(template, "template must not be null");
        checkArgument(placed >= 0 && placed < wanted, "unplaced needs 0 ≤ placed < wanted: %s/%s", placed, wanted);
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
    }

    /** Why occurrences could not be placed. */
    public enum Reason {
        /** The allowed months have no working day that is not a payroll-run day. */
        NO_ALLOWED_DAY,
        /** The activity does not fit into the working hours of a day. */
        LONGER_THAN_WORKING_DAY,
        /** The allowed months have fewer usable days than occurrences wanted. */
        TOO_FEW_DAYS,
        /** Somebody booked by the activity already has another activity at every possible time. */
        PEOPLE_BOOKED
    }
}
