package fi.hoitomalli.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import fi.hoitomalli.common.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * The split of responsibilities (vastuut) of a service: what the service centre does and what the
 * customer (normally the supervisor) does. Both lists have at least one item.
 *
 * @param serviceCentre the service centre's duties, in order
 * @param customer the customer's duties, in order
 */
public record Responsibilities(List<LocalizedText> serviceCentre, List<LocalizedText> customer) {
    public Responsibilities {
        serviceCentre = ImmutableList.copyOf(Objects.requireNonNull(serviceCentre, "serviceCentre must not be null"));
        customer = ImmutableList.copyOf(Objects.requireNonNull(customer, "customer must not be null"));
        checkArgument(!serviceCentre.isEmpty(), "the service centre has at least one responsibility");
        checkArgument(!customer.isEmpty(), "the customer has at least one responsibility");
    }
}
