package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;

/**
 * How many of a secretary's own customers voted for one grid slot on one weekday (PH-8).
 *
 * @param secretary the secretary the customers belong to
 * @param day the weekday
 * @param slot the start of the grid slot
 * @param votes the number of votes, positive
 */
public record SlotTally(SecretaryId secretary, DayOfWeek day, LocalTime slot, int votes) {
    public SlotTally {
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(slot, "slot must not be null");
        checkArgument(votes > 0, "a tally has at least one vote: %s", votes);
    }
}
