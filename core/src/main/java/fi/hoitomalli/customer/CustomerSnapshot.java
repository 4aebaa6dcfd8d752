package fi.hoitomalli.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A labelled, dated copy of the customer base (asiakaskunnan tilannekuva), e.g. the nightly import from
 * the city's HR master data. Stored by {@link CustomerSnapshots} so that the care model keeps working on
 * the last good copy when the source system is down.
 *
 * <p>{@code takenAt} is kept to the microsecond (finer parts are cut off here), because that is what
 * every supported database stores; a stored snapshot therefore reads back with exactly this instant.
 *
 * @param label what the snapshot is, e.g. {@code "SAP-HR import 2026-11-27"}; non-blank, at most
 *              {@value #MAX_LABEL_LENGTH} characters
 * @param takenAt when the source data was read; between {@code 1900-01-01T00:00:00Z} (inclusive) and the
 *                year 10000 (exclusive)
 * @param base the customer base itself
 */
public record CustomerSnapshot(String label, Instant takenAt, CustomerBase base) {

    /** The longest label a snapshot may carry. */
    public static final int MAX_LABEL_LENGTH = 200;

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the label is blank or too long, or the instant is out of range
     */
    public CustomerSnapshot {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(takenAt, "takenAt must not be null");
        Objects.requireNonNull(base, "base must not be null");
        checkArgument(!label.isBlank(), "snapshot label must not be blank");
        checkArgument(label.length() <= MAX_LABEL_LENGTH, "snapshot label longer than %s characters",
                MAX_LABEL_LENGTH);
        checkArgument(!takenAt.isBefore(EARLIEST) && takenAt.isBefore(END),
                "snapshot time %s is outside 1900-01-01 … 9999-12-31", takenAt);
        takenAt = takenAt.truncatedTo(ChronoUnit.MICROS);
    }
}
