package fi.hoitomalli.segment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * How many customers a segment has in a directory at one moment.
 *
 * @param segment the segment, not null
 * @param count its number of members, not negative
 */
public record SegmentCount(Segment segment, long count) {
    public SegmentCount {
        Objects.requireNonNull(segment, "segment must not be null");
        checkArgument(count >= 0, "count must not be negative: %s", count);
    }
}
