package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.customer.ServiceCentreStatus;

/**
 * A result area (tulosalue) of a sector in a generated city, e.g. basic education with its schools.
 *
 * @param name the area's name, e.g. {@code Perusopetus}
 * @param unitKind the name of its operating units, e.g. {@code Koulu} (numbered when generated)
 * @param weight its share of the sector's people, positive
 * @param serviceCentre the area's own service-centre declaration (usually {@code INHERIT})
 * @param agreements the mix of collective agreements of its customers, at least one; copied
 */
public record AreaSpec(String name, String unitKind, int weight, ServiceCentreStatus serviceCentre,
                       List<AgreementShare> agreements) {
    public AreaSpec {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(unitKind, "unitKind must not be null");
        Objects.requireNonNull(serviceCentre, "serviceCentre must not be null");
        agreements = List.copyOf(Objects.requireNonNull(agreements, "agreements must not be null"));
        checkArgument(!name.isBlank() && !unitKind.isBlank(), "area and unit kind names must not be blank");
        checkArgument(weight > 0, "weight must be positive: %s", weight);
        checkArgument(!agreements.isEmpty(), "area %s needs at least one agreement", name);
    }
}
