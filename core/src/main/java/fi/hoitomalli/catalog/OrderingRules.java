package fi.hoitomalli.catalog;

import java.util.Objects;

/**
 * How and by when a service is ordered (tilauskanava ja tilausaika).
 *
 * @param channel where the order goes
 * @param deadline when it must be in
 */
public record OrderingRules(OrderChannel channel, OrderingDeadline deadline) {
    public OrderingRules {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
    }
}
