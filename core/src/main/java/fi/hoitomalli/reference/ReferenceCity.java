package fi.hoitomalli.reference;

import java.util.Objects;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.PotPolicy;
import fi.hoitomalli.team.ServiceCentre;

/**
 * A whole city as the care model sees it: its org structure, customer base, HR service centre and the
 * pots planned by {@link fi.hoitomalli.team.PotPlanner} — the Vantaa reference or a generated city.
 *
 * @param name the city's name
 * @param orgStructure the sectors and org units
 * @param customerBase every customer (the snapshot also serves as a {@code CustomerDirectory})
 * @param serviceCentre the teams, secretaries, pairs and management group
 * @param potPolicy the policy the pots were planned to
 * @param potAssignment the responsible secretary of every unit
 */
public record ReferenceCity(String name, OrgStructure orgStructure, CustomerBase customerBase,
                            ServiceCentre serviceCentre, PotPolicy potPolicy, PotAssignment potAssignment) {
    public ReferenceCity {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(orgStructure, "orgStructure must not be null");
        Objects.requireNonNull(customerBase, "customerBase must not be null");
        Objects.requireNonNull(serviceCentre, "serviceCentre must not be null");
        Objects.requireNonNull(potPolicy, "potPolicy must not be null");
        Objects.requireNonNull(potAssignment, "potAssignment must not be null");
    }
}
