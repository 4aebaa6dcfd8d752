package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A product card (tuotekortti): one service or sub-service of the catalogue with its content, the
 * split of responsibilities, how and by when it is ordered, how many working days delivery takes, its
 * quality metrics with targets, the team that owns the card and the self-service channel that goes with
 * it. Immutable; changes return new cards ({@link #withContent}, {@link #withDeliveryWorkingDays}).
 *
 * @param id the card's id
 * @param area the service area
 * @param name the (sub-)service's name in fi/sv/en
 * @param content what the service contains
 * @param responsibilities what the service centre and the customer each do
 * @param ordering ordering channel and deadline
 * @param deliveryWorkingDays delivery time in working days, 0–60 (0: the same working day)
 * @param metrics quality metrics, distinct codes, at least one
 * @param owningTeam the team responsible for the card
 * @param selfService the related self-service channel, if any
 */
public record ProductCard(ProductCardId id, ServiceArea area, LocalizedText name, LocalizedText content,
                          Responsibilities responsibilities, OrderingRules ordering, int deliveryWorkingDays,
                          List<QualityMetric> metrics, TeamId owningTeam, Optional<SelfServiceChannel> selfService) {

    /** The longest delivery time a card may promise, in working days. */
    public static final int MAX_DELIVERY_WORKING_DAYS = 60;

    public ProductCard {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(area, "area must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(responsibilities, "responsibilities must not be null");
        Objects.requireNonNull(ordering, "ordering must not be null");
        Objects.requireNonNull(owningTeam, "owningTeam must not be null");
        Objects.requireNonNull(selfService, "selfService must not be null");
        metrics = ImmutableList.copyOf(Objects.requireNonNull(metrics, "metrics must not be null"));
        checkArgument(deliveryWorkingDays >= 0 && deliveryWorkingDays <= MAX_DELIVERY_WORKING_DAYS,
                "delivery time of card %s must be 0–%s working days: %s", id, MAX_DELIVERY_WORKING_DAYS,
                deliveryWorkingDays);
        checkArgument(!metrics.isEmpty(), "card %s has no quality metric", id);
        checkArgument(new HashSet<>(metrics.stream().map(QualityMetric::code).toList()).size() == metrics.size(),
                "card %s repeats a metric code", id);
    }

    /**
     * "When will it be done?": the due date of an order placed at the instant, by this card's ordering
     * deadline and delivery time in the working calendar of the owning team (its zone, holidays and
     * payroll runs).
     *
     * @throws NullPointerException if an argument is null
     */
    public Delivery deliveryFor(Instant orderedAt, WorkingCalendar calendar) {
        return DueDates.deliveryFor(this, orderedAt, calendar);
    }

    /**
     * The card as text for printing (a demo, a catalogue page): name, service area, content, both sides'
     * responsibilities, ordering, delivery time, quality metrics with targets, owning team and
     * self-service channel, one item a line, labels in the language.
     *
     * @throws NullPointerException if the language is null
     */
    public String describe(Language language) {
        return CardText.describe(this, Objects.requireNonNull(language, "language must not be null"));
    }

    /** The same card with other content. */
    public ProductCard withContent(LocalizedText newContent) {
        return new ProductCard(id, area, name, newContent, responsibilities, ordering, deliveryWorkingDays, metrics,
                owningTeam, selfService);
    }

    /** The same card with another delivery time. */
    public ProductCard withDeliveryWorkingDays(int days) {
        return new ProductCard(id, area, name, content, responsibilities, ordering, days, metrics, owningTeam,
                selfService);
    }
}
