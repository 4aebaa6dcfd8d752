package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One measured value of a goal's metric (mittaustulos).
 *
 * @param value the value in the metric's unit; finite
 * @param measuredOn the day it was measured or entered
 * @param basis where it came from, e.g. {@code "feedback 2027-01-01–2027-06-30: 34 of 40 positive"} or
 *     {@code "satisfaction survey 2027"}; non-blank
 */
public record Measurement(double value, LocalDate measuredOn, String basis) {
    public Measurement {
        checkArgument(Double.isFinite(value), "a measured value must be finite: %s", value);
        Objects.requireNonNull(measuredOn, "measuredOn must not be null");
        Texts.nonBlank(basis, "basis");
    }
}
