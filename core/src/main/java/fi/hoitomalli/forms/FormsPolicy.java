package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import java.util.Objects;

/**
 * The service centre's choices for the two forms (lomakkeiden käytännöt).
 *
 * @param responseWorkingDays how many working days after receipt a feedback must be answered (default 5)
 * @param maxInputAge how far back a form's date may lie when it is recorded (default 60 days): older
 *        events are no longer "daily work" and would distort the team-meeting agenda
 */
public record FormsPolicy(int responseWorkingDays, Period maxInputAge) {

    /** Default response time: 5 working days. */
    public static final int DEFAULT_RESPONSE_WORKING_DAYS = 5;

    public FormsPolicy {
        checkArgument(responseWorkingDays >= 1 && responseWorkingDays <= 60,
                "responseWorkingDays must be 1–60: %s", responseWorkingDays);
        Objects.requireNonNull(maxInputAge, "maxInputAge must not be null");
        checkArgument(!maxInputAge.isNegative(), "maxInputAge must not be negative: %s", maxInputAge);
    }

    /** The defaults: 5 working days to respond, forms may be dated at most 60 days back. */
    public static FormsPolicy defaults() {
        return new FormsPolicy(DEFAULT_RESPONSE_WORKING_DAYS, Period.ofDays(60));
    }
}
