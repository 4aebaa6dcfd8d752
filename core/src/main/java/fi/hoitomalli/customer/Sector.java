package fi.hoitomalli.customer;

import java.util.Objects;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.TextPolicy;

/**
 * A city sector (toimiala), e.g. Sivistystoimi (education). Whether the sector is a service-centre
 * customer (palvelukeskusasiakas, all employment-relationship services centralised) is the default for
 * its org units, which may override it.
 *
 * @param id the sector's code
 * @param name the sector's name in fi/sv/en, each a name under the {@link TextPolicy}
 * @param serviceCentreCustomer the default service-centre status of its units
 */
public record Sector(SectorId id, LocalizedText name, boolean serviceCentreCustomer) {
    /** @throws IllegalArgumentException if a name is not a name under the {@link TextPolicy} */
    public Sector {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        for (Language language : Language.values()) {
            TextPolicy.requireName(name.in(language), "sector name (" + id + ", " + language.tag() + ")");
        }
    }
}
