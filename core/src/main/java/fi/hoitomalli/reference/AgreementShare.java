package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import fi.hoitomalli.customer.AgreementCode;

/**
 * The relative share of a collective agreement among the customers of an area in a generated city.
 *
 * @param agreement the agreement
 * @param weight its weight, positive
 */
public record AgreementShare(AgreementCode agreement, int weight) {
    public AgreementShare {
        Objects.requireNonNull(agreement, "agreement must not be null");
        checkArgument(weight > 0, "weight must be positive: %s", weight);
    }
}
