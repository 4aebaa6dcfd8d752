package fi.hoitomalli.phone;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.CustomerId;

/**
 * A customer's vote (toive) for a grid slot (PH-8): "I would like to reach my secretary at 09:00", on one
 * weekday or on every weekday.
 *
 * @param customer who votes
 * @param day the weekday; empty means every service weekday (the vote counts once on each)
 * @param slot the start of the grid slot voted for
 */
public record Vote(CustomerId customer, Optional<DayOfWeek> day, LocalTime slot) {
    public Vote {
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(slot, "slot must not be null");
    }
}
