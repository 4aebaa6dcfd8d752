package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * One measured value of a goal's metric (mittaustulos).
 *
 * @param value the value in the metric's unit; finite
 * @param measuredOn the day it was measured or entered
 * @param basis where it came from, e.g. {@code "feedback 2027-01-01–2027-06-30: 34 of 40 positive"} or
 *     {@code "satisfaction survey 2027"}; a single-line text under the {@link TextPolicy} of at
 *     most {@value #MAX_BASIS} characters
 */
public record Measurement(double value, LocalDate measuredOn, String basis) {

    /** The longest basis: a single-line text of a few phrases. */
    public static final int MAX_BASIS = 500;

    /** @throws IllegalArgumentException if the value is not finite or the basis breaks the {@link TextPolicy} */
    public Measurement {
        checkArgument(Double.isFinite(value), "a measured value must be finite: %s", value);
        Objects.requireNonNull(measuredOn, "measuredOn must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        TextPolicy.requireSingleLine(basis, MAX_BASIS, "basis");
    }
}
